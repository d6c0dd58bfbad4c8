package org.lrsched.peers.keras;

import org.lrsched.Spec;
import org.lrsched.formula.AffineCosine;
import org.lrsched.formula.DivScale;
import org.lrsched.internal.Overflow;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * Keras' {@code CosineDecay}: {@code m * ((1 - alpha) * (0.5 * (1.0 + cos(pi * step / decay_steps))) + alpha)}
 * with the step held at {@code decay_steps} after it and {@code m = initial_learning_rate}; with a
 * {@code warmup_target}, first a linear warm-up {@code (target - initial) * (step / warmup_steps) + initial} for
 * {@code warmup_steps} steps, then the decay from the target ({@code m = warmup_target}), shifted.
 */
public final class CosineDecay extends KerasSchedule {
    private static final Param<Double> ALPHA = Param.of("alpha", Kinds.REAL,
            "the floor, as a fraction of the rate decayed from").orElse(0.0);
    private static final Param<Double> WARMUP_TARGET = Param.of("warmup_target", Kinds.REAL,
            "the rate the warm-up reaches (None: no warm-up)").optional();
    private static final Param<Long> WARMUP_STEPS = Param.of("warmup_steps", Kinds.INTEGER,
            "steps of the warm-up to warmup_target").rule(">= 0", w -> w >= 0).orElse(0L);

    /** The type {@code keras.CosineDecay} of the spec language. */
    public static final ScheduleType<CosineDecay> TYPE = ScheduleType.<CosineDecay>of("keras.CosineDecay",
                    "Keras' CosineDecay: an optional linear warm-up, then a half cosine to alpha x the rate, held")
            .param(INITIAL_LEARNING_RATE, CosineDecay::initialLearningRate)
            .param(DECAY_STEPS, CosineDecay::decaySteps)
            .param(ALPHA, CosineDecay::alpha)
            .param(WARMUP_TARGET, CosineDecay::warmupTarget)
            .param(WARMUP_STEPS, CosineDecay::warmupSteps)
            .example("keras.CosineDecay(initial_learning_rate=0.0, decay_steps=10000, warmup_target=0.1,"
                    + " warmup_steps=1000)")
            .build(v -> new CosineDecay(v.get(INITIAL_LEARNING_RATE), v.get(DECAY_STEPS), v.get(ALPHA),
                    v.get(WARMUP_TARGET), v.get(WARMUP_STEPS)));

    private final double initialLearningRate;
    private final long decaySteps;
    private final double alpha;
    private final Double warmupTarget;
    private final long warmupSteps;
    /** Steps before the decay: {@code warmup_steps} with a target, else 0. */
    private final long shift;
    private final DivScale warmup;
    private final AffineCosine decay;
    private final double held;

    /**
     * The schedule.
     *
     * @param initialLearningRate {@code initial_learning_rate}: the rate at step 0, where the warm-up starts (or the
     *     decay, without one)
     * @param decaySteps {@code decay_steps}: steps of the cosine decay, after the warm-up, {@code > 0}
     * @param alpha {@code alpha}: the floor, as a fraction of the rate decayed from (Keras' default 0.0)
     * @param warmupTarget {@code warmup_target}: the rate the warm-up reaches and the decay starts from, with
     *     {@code warmup_target - initial_learning_rate} finite; null for no warm-up (Keras' default None)
     * @param warmupSteps {@code warmup_steps}: steps of the warm-up to {@code warmup_target}, {@code >= 0}; without a
     *     target none are taken (Keras' default 0)
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public CosineDecay(double initialLearningRate, long decaySteps, double alpha, Double warmupTarget,
            long warmupSteps) {
        this.initialLearningRate = INITIAL_LEARNING_RATE.require(initialLearningRate);
        this.decaySteps = DECAY_STEPS.require(decaySteps);
        this.alpha = ALPHA.require(alpha);
        this.warmupTarget = WARMUP_TARGET.require(warmupTarget);
        this.warmupSteps = WARMUP_STEPS.require(warmupSteps);
        this.shift = warmupTarget == null ? 0 : warmupSteps;
        this.warmup = warmupTarget == null ? null : new DivScale((double) warmupSteps,
                Require.range("warmup_target", warmupTarget, "initial_learning_rate", initialLearningRate),
                initialLearningRate, 1.0);
        double from = warmupTarget == null ? initialLearningRate : warmupTarget;
        this.decay = new AffineCosine((double) decaySteps, 0.0, 1.0, 0.0, Math.PI, 1.0, 0.5, 1 - alpha, alpha, from,
                false);
        this.held = decay.value(decaySteps);
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
     * Steps of the cosine decay, after the warm-up.
     *
     * @return {@code decay_steps}
     */
    public long decaySteps() {
        return decaySteps;
    }

    /**
     * The floor, as a fraction of the rate decayed from.
     *
     * @return {@code alpha}
     */
    public double alpha() {
        return alpha;
    }

    /**
     * The rate the warm-up reaches and the decay starts from.
     *
     * @return {@code warmup_target}, or null for no warm-up
     */
    public Double warmupTarget() {
        return warmupTarget;
    }

    /**
     * Steps of the warm-up to {@code warmup_target}.
     *
     * @return {@code warmup_steps}
     */
    public long warmupSteps() {
        return warmupSteps;
    }

    @Override
    public double at(long step) {
        step(step);
        if (step < shift) {
            return warmup.value(step);
        }
        long y = step - shift;
        return Overflow.check(y <= decaySteps ? decay.value(y) : held, step);
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        long end = first + count;
        long s = first;
        if (warmup != null) {
            s = piece(sink, s, end, shift, 0, warmup);
        }
        s = piece(sink, s, end, saturatedAdd(shift, saturatedAdd(decaySteps, 1)), shift, decay);
        constant(sink, s, end, end, held);
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
