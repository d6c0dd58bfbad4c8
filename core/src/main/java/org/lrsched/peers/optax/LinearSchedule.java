package org.lrsched.peers.optax;

import org.lrsched.Spec;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * Optax's {@code linear_schedule}: its {@code polynomial_schedule} with the int power 1, so the transition is
 * {@code (init_value - end_value) * (1 - cnt / transition_steps) + end_value}, IEEE arithmetic only.
 */
public final class LinearSchedule extends OptaxSchedule {
    private static final Param<Number> INIT_VALUE = Param.of("init_value", Kinds.NUMBER,
            "the value before the transition");
    private static final Param<Number> END_VALUE = Param.of("end_value", Kinds.NUMBER,
            "the value at the end of the transition and after it");
    private static final Param<Long> TRANSITION_STEPS = Param.of("transition_steps", Kinds.INTEGER,
            "steps of the transition (<= 0: init_value at every step)");
    private static final Param<Long> TRANSITION_BEGIN = Param.of("transition_begin", Kinds.INTEGER,
            "steps at init_value before the transition (< 0: 0)").orElse(0L);

    /** The type {@code optax.linear_schedule} of the spec language. */
    public static final ScheduleType<LinearSchedule> TYPE = ScheduleType.<LinearSchedule>of(
                    "optax.linear_schedule", "Optax's linear_schedule: from init_value to end_value over"
                            + " transition_steps, from transition_begin on")
            .param(INIT_VALUE, LinearSchedule::initValue)
            .param(END_VALUE, LinearSchedule::endValue)
            .param(TRANSITION_STEPS, LinearSchedule::transitionSteps)
            .param(TRANSITION_BEGIN, LinearSchedule::transitionBegin)
            .example("optax.linear_schedule(init_value=1.0, end_value=0.01, transition_steps=100)")
            .build(v -> new LinearSchedule(v.get(INIT_VALUE), v.get(END_VALUE), v.get(TRANSITION_STEPS),
                    v.get(TRANSITION_BEGIN)));

    private final PolynomialSchedule polynomial;

    /**
     * The schedule.
     *
     * @param initValue {@code init_value}: the value before the transition
     * @param endValue {@code end_value}: the value at the end of the transition and after it
     * @param transitionSteps {@code transition_steps}: steps of the transition ({@code <= 0}: {@code init_value} at
     *     every step)
     * @param transitionBegin {@code transition_begin}: steps at {@code init_value} before the transition
     *     ({@code < 0}: 0; Optax's default 0)
     * @throws IllegalArgumentException naming the parameter that is out of range, or both values where there is a
     *     transition and {@code init_value - end_value} is not finite
     */
    public LinearSchedule(Number initValue, Number endValue, long transitionSteps, long transitionBegin) {
        INIT_VALUE.require(initValue);
        END_VALUE.require(endValue);
        TRANSITION_STEPS.require(transitionSteps);
        TRANSITION_BEGIN.require(transitionBegin);
        this.polynomial = new PolynomialSchedule(initValue, endValue, 1L, transitionSteps, transitionBegin);
    }

    /**
     * The value before the transition.
     *
     * @return {@code init_value}
     */
    public Number initValue() {
        return polynomial.initValue();
    }

    /**
     * The value at the end of the transition and after it.
     *
     * @return {@code end_value}
     */
    public Number endValue() {
        return polynomial.endValue();
    }

    /**
     * Steps of the transition.
     *
     * @return {@code transition_steps}
     */
    public long transitionSteps() {
        return polynomial.transitionSteps();
    }

    /**
     * Steps at {@code init_value} before the transition.
     *
     * @return {@code transition_begin}, as given (a negative one counts as 0)
     */
    public long transitionBegin() {
        return polynomial.transitionBegin();
    }

    @Override
    public double at(long step) {
        return polynomial.at(step);
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        polynomial.plan(first, count, sink);
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
