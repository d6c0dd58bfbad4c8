package org.lrsched.peers.optax;

import org.lrsched.Spec;
import org.lrsched.formula.Formula;
import org.lrsched.formula.IntPowPoly;
import org.lrsched.formula.Poly;
import org.lrsched.internal.Overflow;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * Optax's {@code polynomial_schedule}: with {@code cnt = clip(count - transition_begin, 0, transition_steps)},
 * {@code (init_value - end_value) * (1 - cnt / transition_steps) ** power + end_value}. The difference of the two
 * values is Python's (exact for two ints); an int {@code power} is JAX's {@code integer_pow} (repeated
 * multiplication), a real one {@code pow}. As in Optax, {@code transition_steps <= 0} gives {@code init_value} at
 * every step, and a negative {@code transition_begin} counts as 0.
 */
public final class PolynomialSchedule extends OptaxSchedule {
    private static final Param<Number> INIT_VALUE = Param.of("init_value", Kinds.NUMBER,
            "the value before the transition");
    private static final Param<Number> END_VALUE = Param.of("end_value", Kinds.NUMBER,
            "the value at the end of the transition and after it");
    private static final Param<Number> POWER = Param.of("power", Kinds.NUMBER,
            "the power of the transition: an integer multiplies (JAX's integer_pow), a real calls pow");
    private static final Param<Long> TRANSITION_STEPS = Param.of("transition_steps", Kinds.INTEGER,
            "steps of the transition (<= 0: init_value at every step)");
    private static final Param<Long> TRANSITION_BEGIN = Param.of("transition_begin", Kinds.INTEGER,
            "steps at init_value before the transition (< 0: 0)").orElse(0L);

    /** The type {@code optax.polynomial_schedule} of the spec language. */
    public static final ScheduleType<PolynomialSchedule> TYPE = ScheduleType.<PolynomialSchedule>of(
                    "optax.polynomial_schedule", "Optax's polynomial_schedule: from init_value to end_value along"
                            + " (1 - t)^power over transition_steps, from transition_begin on")
            .param(INIT_VALUE, PolynomialSchedule::initValue)
            .param(END_VALUE, PolynomialSchedule::endValue)
            .param(POWER, PolynomialSchedule::power)
            .param(TRANSITION_STEPS, PolynomialSchedule::transitionSteps)
            .param(TRANSITION_BEGIN, PolynomialSchedule::transitionBegin)
            .example("optax.polynomial_schedule(init_value=1.0, end_value=0.01, power=2, transition_steps=100,"
                    + " transition_begin=5)")
            .build(v -> new PolynomialSchedule(v.get(INIT_VALUE), v.get(END_VALUE), v.get(POWER),
                    v.get(TRANSITION_STEPS), v.get(TRANSITION_BEGIN)));

    private final Number initValue;
    private final Number endValue;
    private final Number power;
    private final long transitionSteps;
    private final long transitionBegin;

    private final double init;
    /** No transition: {@code init_value} at every step. */
    private final boolean constant;
    private final long begin;
    private final double range;
    private final double end;

    /**
     * The schedule.
     *
     * @param initValue {@code init_value}: the value before the transition
     * @param endValue {@code end_value}: the value at the end of the transition and after it
     * @param power {@code power}: the power of the transition, {@code >= 0} where there is a transition: a
     *     {@link Long} multiplies (JAX's {@code integer_pow}), any other number calls {@code pow}
     * @param transitionSteps {@code transition_steps}: steps of the transition ({@code <= 0}: {@code init_value} at
     *     every step)
     * @param transitionBegin {@code transition_begin}: steps at {@code init_value} before the transition
     *     ({@code < 0}: 0; Optax's default 0)
     * @throws IllegalArgumentException naming the parameter that is out of range, or both values where there is a
     *     transition and {@code init_value - end_value} is not finite
     */
    public PolynomialSchedule(Number initValue, Number endValue, Number power, long transitionSteps,
            long transitionBegin) {
        this(initValue, endValue, power, transitionSteps, transitionBegin, END_VALUE.name());
    }

    /** {@code endName}: what the schedule built on this one calls {@code end_value}, for its messages. */
    PolynomialSchedule(Number initValue, Number endValue, Number power, long transitionSteps, long transitionBegin,
            String endName) {
        this.initValue = INIT_VALUE.require(initValue);
        this.endValue = END_VALUE.require(endValue);
        this.power = POWER.require(power);
        this.transitionSteps = TRANSITION_STEPS.require(transitionSteps);
        this.transitionBegin = TRANSITION_BEGIN.require(transitionBegin);
        this.init = PyNum.real(initValue);
        this.constant = transitionSteps <= 0;
        this.begin = Math.max(transitionBegin, 0);
        this.end = PyNum.real(endValue);
        if (constant) {
            this.range = 0;
            return;
        }
        if (power.doubleValue() < 0) {
            throw POWER.bad(power, "must be >= 0 (0 ** power is infinite at the end of the transition)");
        }
        this.range = PyNum.minus(initValue, endValue);
        if (!Double.isFinite(range)) {
            throw new IllegalArgumentException("init_value - " + endName + " must be finite, got init_value="
                    + initValue + ", " + endName + "=" + endValue);
        }
    }

    /**
     * The value before the transition.
     *
     * @return {@code init_value}
     */
    public Number initValue() {
        return initValue;
    }

    /**
     * The value at the end of the transition and after it.
     *
     * @return {@code end_value}
     */
    public Number endValue() {
        return endValue;
    }

    /**
     * The power of the transition.
     *
     * @return {@code power}
     */
    public Number power() {
        return power;
    }

    /**
     * Steps of the transition.
     *
     * @return {@code transition_steps}
     */
    public long transitionSteps() {
        return transitionSteps;
    }

    /**
     * Steps at {@code init_value} before the transition.
     *
     * @return {@code transition_begin}, as given (a negative one counts as 0)
     */
    public long transitionBegin() {
        return transitionBegin;
    }

    /** {@code frac ** power} as JAX computes it for a Python int or float power. */
    private double raised(double frac) {
        return power instanceof Long n ? IntPowPoly.ipow(frac, n) : StrictMath.pow(frac, power.doubleValue());
    }

    /** The value at a clipped count {@code 0 <= cnt <= transition_steps}. */
    private double value(long cnt) {
        double frac = 1 - (double) cnt / (double) transitionSteps;
        return range * raised(frac) + end;
    }

    @Override
    public double at(long step) {
        Require.step(step);
        if (constant) {
            return init;
        }
        long cnt = Math.min(Math.max(step - begin, 0), transitionSteps);
        return Overflow.check(value(cnt), step);
    }

    private Formula transition() {
        double length = transitionSteps;
        return power instanceof Long n ? new IntPowPoly(length, n, range, end)
                : new Poly(length, power.doubleValue(), range, end);
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        if (constant) {
            sink.constant(count, init);
            return;
        }
        Phases phases = new Phases(first, count, sink);
        phases.constant(begin, value(0));
        long transitionEnd = Phases.end(begin, transitionSteps);
        phases.piece(transitionEnd, begin, transition());
        phases.constant(Long.MAX_VALUE, value(transitionSteps));
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
