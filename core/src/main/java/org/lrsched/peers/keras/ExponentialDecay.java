package org.lrsched.peers.keras;

import org.lrsched.Spec;
import org.lrsched.formula.PowDecay;
import org.lrsched.internal.Overflow;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * Keras' {@code ExponentialDecay}: {@code initial_learning_rate * pow(decay_rate, step / decay_steps)}, the
 * exponent floored with {@code staircase} (exactly: {@code float(step // decay_steps)}).
 */
public final class ExponentialDecay extends KerasSchedule {
    private static final Param<Double> DECAY_RATE = Param.of("decay_rate", Kinds.REAL,
            "the factor per decay_steps (>= 0 unless staircase: a negative base to a fraction is NaN)");

    /** The type {@code keras.ExponentialDecay} of the spec language. */
    public static final ScheduleType<ExponentialDecay> TYPE = ScheduleType.<ExponentialDecay>of(
                    "keras.ExponentialDecay", "Keras' ExponentialDecay: initial_learning_rate * decay_rate **"
                            + " (step / decay_steps), in whole periods with staircase")
            .param(INITIAL_LEARNING_RATE, ExponentialDecay::initialLearningRate)
            .param(DECAY_STEPS, ExponentialDecay::decaySteps)
            .param(DECAY_RATE, ExponentialDecay::decayRate)
            .param(STAIRCASE, ExponentialDecay::staircase)
            .example("keras.ExponentialDecay(initial_learning_rate=0.1, decay_steps=1000, decay_rate=0.96)")
            .build(v -> new ExponentialDecay(v.get(INITIAL_LEARNING_RATE), v.get(DECAY_STEPS), v.get(DECAY_RATE),
                    v.get(STAIRCASE)));

    private final double initialLearningRate;
    private final long decaySteps;
    private final double decayRate;
    private final boolean staircase;
    private final PowDecay continuous;

    /**
     * The schedule.
     *
     * @param initialLearningRate {@code initial_learning_rate}: the rate at step 0
     * @param decaySteps {@code decay_steps}: steps of one decay period, {@code > 0}
     * @param decayRate {@code decay_rate}: the factor per {@code decay_steps}, {@code >= 0} unless {@code staircase}
     *     (a negative base to a fraction is NaN)
     * @param staircase {@code staircase}: decay in whole periods of {@code decay_steps} (Keras' default false)
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public ExponentialDecay(double initialLearningRate, long decaySteps, double decayRate, boolean staircase) {
        this.initialLearningRate = INITIAL_LEARNING_RATE.require(initialLearningRate);
        this.decaySteps = DECAY_STEPS.require(decaySteps);
        this.decayRate = DECAY_RATE.require(decayRate);
        this.staircase = staircase;
        if (decayRate < 0 && !staircase) {
            throw DECAY_RATE.bad(decayRate, "must be >= 0 without staircase (pow of a negative base to a fraction"
                    + " is NaN)");
        }
        this.continuous = new PowDecay((double) decaySteps, decayRate, initialLearningRate);
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
     * The factor per {@code decay_steps}.
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
        return initialLearningRate * StrictMath.pow(decayRate, (double) block);
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
