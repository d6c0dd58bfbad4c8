package org.lrsched.peers.optax;

import java.util.List;
import org.lrsched.Spec;
import org.lrsched.plan.PieceSink;
import org.lrsched.schedule.SequenceSchedule;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * Optax's {@code warmup_exponential_decay_schedule}: its {@code join_schedules} of {@code linear_schedule(
 * init_value, peak_value, warmup_steps)} and {@code exponential_decay(peak_value, transition_steps, decay_rate,
 * transition_begin, staircase, end_value)} at {@code warmup_steps}: the decay's {@code transition_begin} counts
 * from the end of the warm-up, and all of {@link ExponentialDecay}'s rules hold for it.
 */
public final class WarmupExponentialDecaySchedule extends OptaxSchedule {
    private static final Param<Number> INIT_VALUE = Param.of("init_value", Kinds.NUMBER, "the value at step 0");
    private static final Param<Number> PEAK_VALUE = Param.of("peak_value", Kinds.NUMBER,
            "the value at the end of the warm-up, where the decay starts");
    private static final Param<Long> WARMUP_STEPS = Param.of("warmup_steps", Kinds.INTEGER,
            "steps of the linear warm-up (0: none)").rule(">= 0", w -> w >= 0);
    private static final Param<Long> TRANSITION_STEPS = Param.of("transition_steps", Kinds.INTEGER,
            "steps per factor of decay_rate (<= 0: peak_value after the warm-up)");
    private static final Param<Number> DECAY_RATE = Param.of("decay_rate", Kinds.NUMBER,
            "the factor per transition_steps (0: peak_value after the warm-up)");
    private static final Param<Long> TRANSITION_BEGIN = Param.of("transition_begin", Kinds.INTEGER,
            "steps at peak_value after the warm-up before the decay (< 0: 0)").orElse(0L);
    private static final Param<Boolean> STAIRCASE = Param.of("staircase", Kinds.BOOLEAN,
            "decay in whole steps of transition_steps").orElse(false);
    private static final Param<Number> END_VALUE = Param.of("end_value", Kinds.NUMBER,
            "a lower bound of the decay when decay_rate < 1, else an upper bound (None: no bound)").optional();

    /** The type {@code optax.warmup_exponential_decay_schedule} of the spec language. */
    public static final ScheduleType<WarmupExponentialDecaySchedule> TYPE =
            ScheduleType.<WarmupExponentialDecaySchedule>of("optax.warmup_exponential_decay_schedule",
                            "Optax's warmup_exponential_decay_schedule: a linear warm-up to peak_value, then its"
                                    + " exponential_decay")
                    .param(INIT_VALUE, WarmupExponentialDecaySchedule::initValue)
                    .param(PEAK_VALUE, WarmupExponentialDecaySchedule::peakValue)
                    .param(WARMUP_STEPS, WarmupExponentialDecaySchedule::warmupSteps)
                    .param(TRANSITION_STEPS, WarmupExponentialDecaySchedule::transitionSteps)
                    .param(DECAY_RATE, WarmupExponentialDecaySchedule::decayRate)
                    .param(TRANSITION_BEGIN, WarmupExponentialDecaySchedule::transitionBegin)
                    .param(STAIRCASE, WarmupExponentialDecaySchedule::staircase)
                    .param(END_VALUE, WarmupExponentialDecaySchedule::endValue)
                    .example("optax.warmup_exponential_decay_schedule(init_value=0.0, peak_value=0.1,"
                            + " warmup_steps=100, transition_steps=1000, decay_rate=0.5, end_value=0.001)")
                    .build(v -> new WarmupExponentialDecaySchedule(v.get(INIT_VALUE), v.get(PEAK_VALUE),
                            v.get(WARMUP_STEPS), v.get(TRANSITION_STEPS), v.get(DECAY_RATE), v.get(TRANSITION_BEGIN),
                            v.get(STAIRCASE), v.get(END_VALUE)));

    private final Number initValue;
    private final Number peakValue;
    private final long warmupSteps;
    private final ExponentialDecay decay;
    private final SequenceSchedule joined;

    /**
     * The schedule.
     *
     * @param initValue {@code init_value}: the value at step 0
     * @param peakValue {@code peak_value}: the value at the end of the warm-up, where the decay starts
     * @param warmupSteps {@code warmup_steps}: steps of the linear warm-up (0: none), {@code >= 0}
     * @param transitionSteps {@code transition_steps}: steps per factor of {@code decay_rate} ({@code <= 0}:
     *     {@code peak_value} after the warm-up)
     * @param decayRate {@code decay_rate}: the factor per {@code transition_steps} (0: {@code peak_value} after the
     *     warm-up), {@code >= 0} unless {@code staircase} or {@code transition_steps <= 1}
     * @param transitionBegin {@code transition_begin}: steps at {@code peak_value} after the warm-up before the decay
     *     ({@code < 0}: 0; Optax's default 0)
     * @param staircase {@code staircase}: decay in whole steps of {@code transition_steps} (Optax's default false)
     * @param endValue {@code end_value}: a lower bound of the decay when {@code decay_rate < 1}, else an upper bound;
     *     null for no bound (Optax's default {@code None})
     * @throws IllegalArgumentException naming the parameter that is out of range, or both values where there is a
     *     warm-up and {@code init_value - peak_value} is not finite
     */
    public WarmupExponentialDecaySchedule(Number initValue, Number peakValue, long warmupSteps, long transitionSteps,
            Number decayRate, long transitionBegin, boolean staircase, Number endValue) {
        this.initValue = INIT_VALUE.require(initValue);
        this.peakValue = PEAK_VALUE.require(peakValue);
        this.warmupSteps = WARMUP_STEPS.require(warmupSteps);
        TRANSITION_STEPS.require(transitionSteps);
        DECAY_RATE.require(decayRate);
        TRANSITION_BEGIN.require(transitionBegin);
        END_VALUE.require(endValue);
        this.decay = new ExponentialDecay(peakValue, transitionSteps, decayRate, transitionBegin, staircase,
                endValue);
        this.joined = new SequenceSchedule(List.of(
                new PolynomialSchedule(initValue, peakValue, 1L, warmupSteps, 0, PEAK_VALUE.name()), decay),
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
     * The value at the end of the warm-up, where the decay starts.
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
     * Steps per factor of {@code decay_rate}.
     *
     * @return {@code transition_steps}
     */
    public long transitionSteps() {
        return decay.transitionSteps();
    }

    /**
     * The factor per {@code transition_steps}.
     *
     * @return {@code decay_rate}
     */
    public Number decayRate() {
        return decay.decayRate();
    }

    /**
     * Steps at {@code peak_value} after the warm-up before the decay.
     *
     * @return {@code transition_begin}, as given (a negative one counts as 0)
     */
    public long transitionBegin() {
        return decay.transitionBegin();
    }

    /**
     * Whether the decay goes in whole steps of {@code transition_steps}.
     *
     * @return {@code staircase}
     */
    public boolean staircase() {
        return decay.staircase();
    }

    /**
     * The bound of the decay: a lower one when {@code decay_rate < 1}, else an upper one.
     *
     * @return {@code end_value}, or null for no bound
     */
    public Number endValue() {
        return decay.endValue();
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
