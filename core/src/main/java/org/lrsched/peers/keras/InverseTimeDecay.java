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

    public InverseTimeDecay(double initialLearningRate, long decaySteps, double decayRate, boolean staircase) {
        this.initialLearningRate = INITIAL_LEARNING_RATE.require(initialLearningRate);
        this.decaySteps = DECAY_STEPS.require(decaySteps);
        this.decayRate = DECAY_RATE.require(decayRate);
        this.staircase = staircase;
        this.continuous = new ReciprocalLinear((double) decaySteps, decayRate, initialLearningRate);
    }

    public double initialLearningRate() {
        return initialLearningRate;
    }

    public long decaySteps() {
        return decaySteps;
    }

    public double decayRate() {
        return decayRate;
    }

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
