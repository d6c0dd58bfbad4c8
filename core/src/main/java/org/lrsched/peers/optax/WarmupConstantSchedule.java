package org.lrsched.peers.optax;

import org.lrsched.Spec;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * Optax's {@code warmup_constant_schedule}: its {@code linear_schedule(init_value, peak_value, warmup_steps)}, a
 * linear ramp to {@code peak_value} held after it. As in Optax, {@code warmup_steps <= 0} gives
 * {@code init_value} at every step, never {@code peak_value}.
 */
public final class WarmupConstantSchedule extends OptaxSchedule {
    private static final Param<Number> INIT_VALUE = Param.of("init_value", Kinds.NUMBER, "the value at step 0");
    private static final Param<Number> PEAK_VALUE = Param.of("peak_value", Kinds.NUMBER,
            "the value from the end of the warm-up on");
    private static final Param<Long> WARMUP_STEPS = Param.of("warmup_steps", Kinds.INTEGER,
            "steps of the linear warm-up (<= 0: init_value at every step)");

    /** The type {@code optax.warmup_constant_schedule} of the spec language. */
    public static final ScheduleType<WarmupConstantSchedule> TYPE = ScheduleType.<WarmupConstantSchedule>of(
                    "optax.warmup_constant_schedule", "Optax's warmup_constant_schedule: a linear warm-up from"
                            + " init_value to peak_value, then peak_value")
            .param(INIT_VALUE, WarmupConstantSchedule::initValue)
            .param(PEAK_VALUE, WarmupConstantSchedule::peakValue)
            .param(WARMUP_STEPS, WarmupConstantSchedule::warmupSteps)
            .example("optax.warmup_constant_schedule(init_value=0.0, peak_value=0.001, warmup_steps=1000)")
            .build(v -> new WarmupConstantSchedule(v.get(INIT_VALUE), v.get(PEAK_VALUE), v.get(WARMUP_STEPS)));

    private final PolynomialSchedule linear;

    /**
     * The schedule.
     *
     * @param initValue {@code init_value}: the value at step 0
     * @param peakValue {@code peak_value}: the value from the end of the warm-up on
     * @param warmupSteps {@code warmup_steps}: steps of the linear warm-up ({@code <= 0}: {@code init_value} at every
     *     step)
     * @throws IllegalArgumentException naming the parameter that is out of range, or both values where there is a
     *     warm-up and {@code init_value - peak_value} is not finite
     */
    public WarmupConstantSchedule(Number initValue, Number peakValue, long warmupSteps) {
        INIT_VALUE.require(initValue);
        PEAK_VALUE.require(peakValue);
        WARMUP_STEPS.require(warmupSteps);
        this.linear = new PolynomialSchedule(initValue, peakValue, 1L, warmupSteps, 0, PEAK_VALUE.name());
    }

    /**
     * The value at step 0.
     *
     * @return {@code init_value}
     */
    public Number initValue() {
        return linear.initValue();
    }

    /**
     * The value from the end of the warm-up on.
     *
     * @return {@code peak_value}
     */
    public Number peakValue() {
        return linear.endValue();
    }

    /**
     * Steps of the linear warm-up.
     *
     * @return {@code warmup_steps}
     */
    public long warmupSteps() {
        return linear.transitionSteps();
    }

    @Override
    public double at(long step) {
        return linear.at(step);
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        linear.plan(first, count, sink);
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
