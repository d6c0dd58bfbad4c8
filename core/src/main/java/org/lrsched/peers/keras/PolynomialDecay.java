package org.lrsched.peers.keras;

import org.lrsched.Spec;
import org.lrsched.formula.Poly;
import org.lrsched.internal.Overflow;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * Keras' {@code PolynomialDecay}: {@code (initial - end) * pow(1 - step / decay_steps, power) + end} with the step
 * held at {@code decay_steps} after it; with {@code cycle}, the decay is stretched over {@code decay_steps *
 * ceil(step / decay_steps)} (exactly; 1 at step 0), so the value jumps at each multiple of decay_steps, but not
 * back to the initial rate. That length is the exact product rounded once, where Keras multiplies two floats: the
 * same below 2^53, and past it Keras' product can round below the step and give NaN, which this never does.
 */
public final class PolynomialDecay extends KerasSchedule {
    private static final Param<Double> END_LEARNING_RATE = Param.of("end_learning_rate", Kinds.REAL,
            "the rate at decay_steps").orElse(0.0001);
    private static final Param<Double> POWER = Param.of("power", Kinds.REAL, "the power of the remaining fraction")
            .rule(">= 0 (pow(0, power < 0) is inf where a decay ends)", p -> p >= 0).orElse(1.0);
    private static final Param<Boolean> CYCLE = Param.of("cycle", Kinds.BOOLEAN,
            "stretch the decay over the next multiple of decay_steps instead of holding the end").orElse(false);

    /** The type {@code keras.PolynomialDecay} of the spec language. */
    public static final ScheduleType<PolynomialDecay> TYPE = ScheduleType.<PolynomialDecay>of(
                    "keras.PolynomialDecay", "Keras' PolynomialDecay: from initial_learning_rate to"
                            + " end_learning_rate along (1 - t) ** power, held or cycled")
            .param(INITIAL_LEARNING_RATE, PolynomialDecay::initialLearningRate)
            .param(DECAY_STEPS, PolynomialDecay::decaySteps)
            .param(END_LEARNING_RATE, PolynomialDecay::endLearningRate)
            .param(POWER, PolynomialDecay::power)
            .param(CYCLE, PolynomialDecay::cycle)
            .example("keras.PolynomialDecay(initial_learning_rate=0.1, decay_steps=10000, end_learning_rate=0.001,"
                    + " power=0.5)")
            .build(v -> new PolynomialDecay(v.get(INITIAL_LEARNING_RATE), v.get(DECAY_STEPS),
                    v.get(END_LEARNING_RATE), v.get(POWER), v.get(CYCLE)));

    private final double initialLearningRate;
    private final long decaySteps;
    private final double endLearningRate;
    private final double power;
    private final boolean cycle;
    private final double range;
    private final Poly first;

    /**
     * The schedule.
     *
     * @param initialLearningRate {@code initial_learning_rate}: the rate at step 0
     * @param decaySteps {@code decay_steps}: steps of the decay to {@code end_learning_rate}, {@code > 0}
     * @param endLearningRate {@code end_learning_rate}: the rate at {@code decay_steps}, with
     *     {@code initial_learning_rate - end_learning_rate} finite (Keras' default 0.0001)
     * @param power {@code power}: the power of the remaining fraction, {@code >= 0} ({@code pow(0, power < 0)} is
     *     inf where a decay ends; Keras' default 1.0)
     * @param cycle {@code cycle}: stretch the decay over the next multiple of {@code decay_steps} instead of holding
     *     the end (Keras' default false)
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public PolynomialDecay(double initialLearningRate, long decaySteps, double endLearningRate, double power,
            boolean cycle) {
        this.initialLearningRate = INITIAL_LEARNING_RATE.require(initialLearningRate);
        this.decaySteps = DECAY_STEPS.require(decaySteps);
        this.endLearningRate = END_LEARNING_RATE.require(endLearningRate);
        this.power = POWER.require(power);
        this.cycle = cycle;
        this.range = Require.range("initial_learning_rate", initialLearningRate, "end_learning_rate",
                endLearningRate);
        this.first = decay(1);
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
     * Steps of the decay to {@code end_learning_rate}.
     *
     * @return {@code decay_steps}
     */
    public long decaySteps() {
        return decaySteps;
    }

    /**
     * The rate at {@code decay_steps}.
     *
     * @return {@code end_learning_rate}
     */
    public double endLearningRate() {
        return endLearningRate;
    }

    /**
     * The power of the remaining fraction.
     *
     * @return {@code power}
     */
    public double power() {
        return power;
    }

    /**
     * Whether the decay is stretched over the next multiple of {@code decay_steps} instead of holding the end.
     *
     * @return {@code cycle}
     */
    public boolean cycle() {
        return cycle;
    }

    /** The decay stretched {@code k} times: length {@code float(decay_steps * k)}, the exact product rounded once. */
    private Poly decay(long k) {
        long product = decaySteps * k; // below 2^64 (k * decay_steps < step + decay_steps): exact as unsigned
        double length = product >= 0 ? (double) product : (double) ((product >>> 1) | (product & 1)) * 2.0;
        return new Poly(length, power, range, endLearningRate);
    }

    /** The cycle of a step: {@code ceil(step / decay_steps)}, 1 at step 0. */
    private long cycleOf(long step) {
        return step == 0 ? 1 : (step - 1) / decaySteps + 1;
    }

    @Override
    public double at(long step) {
        step(step);
        if (cycle) {
            return Overflow.check(decay(cycleOf(step)).value(step), step);
        }
        return Overflow.check(first.value(Math.min(step, decaySteps)), step);
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        long end = first + count;
        if (!cycle) {
            long s = piece(sink, first, end, saturatedAdd(decaySteps, 1), 0, this.first);
            constant(sink, s, end, end, this.first.value(decaySteps));
            return;
        }
        for (long s = first; s < end; ) {
            long k = cycleOf(s);
            long stop = Math.min(end, saturatedAdd(saturatedMultiply(k, decaySteps), 1));
            sink.piece(stop - s, s, 1, decay(k));
            s = stop;
        }
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
