package org.lrsched.peers.keras;

import org.lrsched.Spec;
import org.lrsched.formula.ReciprocalLinear;
import org.lrsched.internal.Overflow;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * Keras' {@code InverseTimeDecay}: {@code initial_learning_rate / (1 + decay_rate * (step / decay_steps))}, the
 * quotient floored with {@code staircase} (exactly). Where the denominator is 0.0 Keras gives an infinity and
 * {@code at} throws.
 */
public final class InverseTimeDecay extends KerasSchedule {
    private static final Param<Double> DECAY_RATE = Param.of("decay_rate", Kinds.REAL,
            "how fast the rate falls: the denominator grows by this per decay_steps");

    /** The type {@code keras.InverseTimeDecay} of the spec language. */
    public static final ScheduleType<InverseTimeDecay> TYPE = ScheduleType.<InverseTimeDecay>of(
                    "keras.InverseTimeDecay", "Keras' InverseTimeDecay: initial_learning_rate / (1 + decay_rate *"
                            + " step / decay_steps), in whole periods with staircase")
            .param(INITIAL_LEARNING_RATE, InverseTimeDecay::initialLearningRate)
            .param(DECAY_STEPS, InverseTimeDecay::decaySteps)
            .param(DECAY_RATE, InverseTimeDecay::decayRate)
            .param(STAIRCASE, InverseTimeDecay::staircase)
            .example("keras.InverseTimeDecay(initial_learning_rate=0.1, decay_steps=1000, decay_rate=0.5)")
            .build(v -> new InverseTimeDecay(v.get(INITIAL_LEARNING_RATE), v.get(DECAY_STEPS), v.get(DECAY_RATE),
                    v.get(STAIRCASE)));

    private final double initialLearningRate;
    private final long decaySteps;
    private final double decayRate;
    private final boolean staircase;
    private final ReciprocalLinear continuous;

    /**
     * The schedule.
     *
     * @param initialLearningRate {@code initial_learning_rate}: the rate at step 0
     * @param decaySteps {@code decay_steps}: steps of one decay period, {@code > 0}
     * @param decayRate {@code decay_rate}: how fast the rate falls: the denominator grows by this per
     *     {@code decay_steps}
     * @param staircase {@code staircase}: decay in whole periods of {@code decay_steps} (Keras' default false)
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public InverseTimeDecay(double initialLearningRate, long decaySteps, double decayRate, boolean staircase) {
        this.initialLearningRate = INITIAL_LEARNING_RATE.require(initialLearningRate);
        this.decaySteps = DECAY_STEPS.require(decaySteps);
        this.decayRate = DECAY_RATE.require(decayRate);
        this.staircase = staircase;
        this.continuous = new ReciprocalLinear((double) decaySteps, decayRate, initialLearningRate);
    }

    /**
     * The rate at step 0.
     *
     * @return {@code initial_learning_rate}
     */
    public double initialLearningRate() {
        return initialLearningRate;
    }

    /**
     * Steps of one decay period.
     *
     * @return {@code decay_steps}
     */
    public long decaySteps() {
        return decaySteps;
    }

    /**
     * How fast the rate falls: the denominator grows by this per {@code decay_steps}.
     *
     * @return {@code decay_rate}
     */
    public double decayRate() {
        return decayRate;
    }

    /**
     * Whether the decay goes in whole periods of {@code decay_steps}.
     *
     * @return {@code staircase}
     */
    public boolean staircase() {
        return staircase;
    }

    private double stair(long block) {
        return initialLearningRate / (1.0 + decayRate * (double) block);
    }

    @Override
    public double at(long step) {
        step(step);
        return Overflow.check(staircase ? stair(step / decaySteps) : continuous.value(step), step);
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        long end = first + count;
        if (!staircase) {
            sink.piece(count, first, 1, continuous);
            return;
        }
        for (long s = first; s < end; ) {
            long block = s / decaySteps;
            long stop = Math.min(end, saturatedMultiply(block + 1, decaySteps));
            sink.constant(stop - s, stair(block));
            s = stop;
        }
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
