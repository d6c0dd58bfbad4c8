package org.lrsched.peers.optax;

import java.util.List;
import org.lrsched.Spec;
import org.lrsched.plan.PieceSink;
import org.lrsched.schedule.SequenceSchedule;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * Optax's {@code warmup_cosine_decay_schedule}: its {@code join_schedules} of {@code linear_schedule(init_value,
 * peak_value, warmup_steps)} and {@code cosine_decay_schedule(peak_value, decay_steps - warmup_steps, alpha,
 * exponent)} at {@code warmup_steps}, with {@code alpha = 0.0 if peak_value == 0.0 else end_value / peak_value}
 * (so a zero peak ignores {@code end_value}, and the final value is {@code peak_value * alpha}, which need not be
 * {@code end_value} to the bit). {@code decay_steps} counts the warm-up.
 */
public final class WarmupCosineDecaySchedule extends OptaxSchedule {
    private static final Param<Number> INIT_VALUE = Param.of("init_value", Kinds.NUMBER, "the value at step 0");
    private static final Param<Number> PEAK_VALUE = Param.of("peak_value", Kinds.NUMBER,
            "the value at the end of the warm-up, where the cosine starts");
    private static final Param<Long> WARMUP_STEPS = Param.of("warmup_steps", Kinds.INTEGER,
            "steps of the linear warm-up (0: none)").rule(">= 0", w -> w >= 0);
    private static final Param<Long> DECAY_STEPS = Param.of("decay_steps", Kinds.INTEGER,
            "the step where the cosine ends, counted from step 0 (the warm-up included)");
    private static final Param<Number> END_VALUE = Param.of("end_value", Kinds.NUMBER,
            "the value the cosine ends at (as peak_value * (end_value / peak_value))").orElse(0.0);
    private static final Param<Number> EXPONENT = Param.of("exponent", Kinds.NUMBER,
            "the power of the cosine factor: an integer multiplies (JAX's integer_pow), a real calls pow")
            .rule(">= 0", e -> e.doubleValue() >= 0).orElse(1.0);

    /** The type {@code optax.warmup_cosine_decay_schedule} of the spec language. */
    public static final ScheduleType<WarmupCosineDecaySchedule> TYPE =
            ScheduleType.<WarmupCosineDecaySchedule>of("optax.warmup_cosine_decay_schedule",
                            "Optax's warmup_cosine_decay_schedule: a linear warm-up to peak_value, then a half cosine"
                                    + " down to end_value at decay_steps, then held")
                    .param(INIT_VALUE, WarmupCosineDecaySchedule::initValue)
                    .param(PEAK_VALUE, WarmupCosineDecaySchedule::peakValue)
                    .param(WARMUP_STEPS, WarmupCosineDecaySchedule::warmupSteps)
                    .param(DECAY_STEPS, WarmupCosineDecaySchedule::decaySteps)
                    .param(END_VALUE, WarmupCosineDecaySchedule::endValue)
                    .param(EXPONENT, WarmupCosineDecaySchedule::exponent)
                    .example("optax.warmup_cosine_decay_schedule(init_value=0.0, peak_value=1.0, warmup_steps=50,"
                            + " decay_steps=1000, end_value=0.0)")
                    .build(v -> new WarmupCosineDecaySchedule(v.get(INIT_VALUE), v.get(PEAK_VALUE),
                            v.get(WARMUP_STEPS), v.get(DECAY_STEPS), v.get(END_VALUE), v.get(EXPONENT)));

    private final Number initValue;
    private final Number peakValue;
    private final long warmupSteps;
    private final long decaySteps;
    private final Number endValue;
    private final Number exponent;
    private final SequenceSchedule joined;

    /**
     * The schedule.
     *
     * @param initValue {@code init_value}: the value at step 0
     * @param peakValue {@code peak_value}: the value at the end of the warm-up, where the cosine starts
     * @param warmupSteps {@code warmup_steps}: steps of the linear warm-up (0: none), {@code >= 0}
     * @param decaySteps {@code decay_steps}: the step where the cosine ends, counted from step 0 (the warm-up
     *     included), {@code > warmup_steps}
     * @param endValue {@code end_value}: the value the cosine ends at, as {@code peak_value * (end_value / peak_value)}
     *     (Optax's default 0.0)
     * @param exponent {@code exponent}: the power of the cosine factor, {@code >= 0}: a {@link Long} multiplies (JAX's
     *     {@code integer_pow}), any other number calls {@code pow} (Optax's default 1.0)
     * @throws IllegalArgumentException naming the parameter that is out of range, or both values where there is a
     *     warm-up and {@code init_value - peak_value} is not finite
     */
    public WarmupCosineDecaySchedule(Number initValue, Number peakValue, long warmupSteps, long decaySteps,
            Number endValue, Number exponent) {
        this.initValue = INIT_VALUE.require(initValue);
        this.peakValue = PEAK_VALUE.require(peakValue);
        this.warmupSteps = WARMUP_STEPS.require(warmupSteps);
        this.decaySteps = DECAY_STEPS.require(decaySteps);
        this.endValue = END_VALUE.require(endValue);
        this.exponent = EXPONENT.require(exponent);
        if (decaySteps <= warmupSteps) {
            throw DECAY_STEPS.bad(decaySteps, "must exceed warmup_steps=" + warmupSteps + " (it counts the warm-up;"
                    + " Optax's cosine_decay_schedule raises for decay_steps - warmup_steps <= 0)");
        }
        double alpha = PyNum.real(peakValue) == 0.0 ? 0.0 : PyNum.trueDivide(endValue, peakValue);
        if (!Double.isFinite(alpha)) {
            throw END_VALUE.bad(endValue, "must keep end_value / peak_value finite (peak_value=" + peakValue + ")");
        }
        this.joined = new SequenceSchedule(List.of(
                new PolynomialSchedule(initValue, peakValue, 1L, warmupSteps, 0, PEAK_VALUE.name()),
                new CosineDecaySchedule(peakValue, decaySteps - warmupSteps, alpha, exponent)),
                new long[] {warmupSteps});
    }

    /**
     * The value at step 0.
     *
     * @return {@code init_value}
     */
    public Number initValue() {
        return initValue;
    }

    /**
     * The value at the end of the warm-up, where the cosine starts.
     *
     * @return {@code peak_value}
     */
    public Number peakValue() {
        return peakValue;
    }

    /**
     * Steps of the linear warm-up.
     *
     * @return {@code warmup_steps}
     */
    public long warmupSteps() {
        return warmupSteps;
    }

    /**
     * The step where the cosine ends, counted from step 0 (the warm-up included).
     *
     * @return {@code decay_steps}
     */
    public long decaySteps() {
        return decaySteps;
    }

    /**
     * The value the cosine ends at, as {@code peak_value * (end_value / peak_value)}.
     *
     * @return {@code end_value}
     */
    public Number endValue() {
        return endValue;
    }

    /**
     * The power of the cosine factor.
     *
     * @return {@code exponent}
     */
    public Number exponent() {
        return exponent;
    }

    @Override
    public double at(long step) {
        return joined.at(step);
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        joined.plan(first, count, sink);
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
