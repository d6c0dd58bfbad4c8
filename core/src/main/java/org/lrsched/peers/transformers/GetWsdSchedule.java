package org.lrsched.peers.transformers;

import java.math.BigInteger;
import org.lrsched.Spec;
import org.lrsched.formula.AffineCosine;
import org.lrsched.formula.ClampedRamp;
import org.lrsched.formula.DivScale;
import org.lrsched.formula.Formula;
import org.lrsched.internal.Overflow;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * transformers' {@code get_wsd_schedule}: warm-up, stable, decay. Below {@code W = num_warmup_steps} the warm-up
 * factor of {@code p = float(step) / float(max(1, W))} ({@code p}, {@code 0.5 * (1.0 - cos(pi * p))} or {@code 1.0
 * - sqrt(1.0 - p)}) mapped to {@code max(0.0, f * (1.0 - min_lr_ratio) + min_lr_ratio)}; then {@code lr * 1.0}
 * below {@code W + S}; then the decay factor of {@code p = float(step - W - S) / float(max(1, num_decay_steps))}
 * ({@code 1.0 - p}, {@code 0.5 * (1.0 + cos(pi * num_cycles * 2.0 * p))} or {@code 1.0 - sqrt(p)}) mapped alike;
 * then {@code lr * min_lr_ratio}, not clamped. {@code S} is {@code num_stable_steps}, or {@code num_training_steps
 * - W - num_decay_steps} when only that is given, which may be negative (the decay then starts part-way through,
 * as the peer's does); when both are given the peer warns and uses {@code num_stable_steps}, and so does this.
 */
public final class GetWsdSchedule extends TransformersSchedule {
    private static final String[] TYPES = {"linear", "cosine", "1-sqrt"};
    private static final Param<Long> NUM_DECAY_STEPS = Param.of("num_decay_steps", Kinds.INTEGER,
            "steps of the decay").rule(">= 0", d -> d >= 0);
    private static final Param<Long> TRAINING = Param.of("num_training_steps", Kinds.INTEGER,
            "the total steps: the stable phase is what warm-up and decay leave (give this or num_stable_steps)")
            .rule(">= 0", t -> t >= 0).optional();
    private static final Param<Long> NUM_STABLE_STEPS = Param.of("num_stable_steps", Kinds.INTEGER,
            "steps at lr between warm-up and decay (give this or num_training_steps)").rule(">= 0", s -> s >= 0)
            .optional();
    private static final Param<String> WARMUP_TYPE = Param.of("warmup_type", Kinds.oneOf(TYPES),
            "the warm-up's shape").orElse("linear");
    private static final Param<String> DECAY_TYPE = Param.of("decay_type", Kinds.oneOf(TYPES), "the decay's shape")
            .orElse("cosine");
    private static final Param<Double> MIN_LR_RATIO = Param.of("min_lr_ratio", Kinds.REAL,
            "where warm-up starts and decay ends, as a fraction of lr").orElse(0.0);
    private static final Param<Double> NUM_CYCLES = Param.of("num_cycles", Kinds.REAL,
            "cosine periods over a cosine decay (0.5: one half cosine)").orElse(0.5);

    /** The type {@code transformers.get_wsd_schedule} of the spec language. */
    public static final ScheduleType<GetWsdSchedule> TYPE = ScheduleType.<GetWsdSchedule>of(
                    "transformers.get_wsd_schedule", "transformers' get_wsd_schedule: warm-up, stable at lr, decay"
                            + " (linear, cosine or 1-sqrt) to lr * min_lr_ratio")
            .param(LR, GetWsdSchedule::lr)
            .param(NUM_WARMUP_STEPS, GetWsdSchedule::numWarmupSteps)
            .param(NUM_DECAY_STEPS, GetWsdSchedule::numDecaySteps)
            .param(TRAINING, GetWsdSchedule::numTrainingSteps)
            .param(NUM_STABLE_STEPS, GetWsdSchedule::numStableSteps)
            .param(WARMUP_TYPE, GetWsdSchedule::warmupType)
            .param(DECAY_TYPE, GetWsdSchedule::decayType)
            .param(MIN_LR_RATIO, GetWsdSchedule::minLrRatio)
            .param(NUM_CYCLES, GetWsdSchedule::numCycles)
            .example("transformers.get_wsd_schedule(lr=1e-3, num_warmup_steps=1000, num_decay_steps=2000,"
                    + " num_training_steps=20000, decay_type=\"1-sqrt\")")
            .build(v -> new GetWsdSchedule(v.get(LR), v.get(NUM_WARMUP_STEPS), v.get(NUM_DECAY_STEPS),
                    v.get(TRAINING), v.get(NUM_STABLE_STEPS), v.get(WARMUP_TYPE), v.get(DECAY_TYPE),
                    v.get(MIN_LR_RATIO), v.get(NUM_CYCLES)));

    private final long numWarmupSteps;
    private final long numDecaySteps;
    private final Long numTrainingSteps;
    private final Long numStableSteps;
    private final String warmupType;
    private final String decayType;
    private final double minLrRatio;
    private final double numCycles;
    /** The last step of the stable phase ({@code W + S - 1}) and of the decay ({@code W + S + D - 1}), clamped. */
    private final long lastStable;
    private final long lastDecay;
    /** {@code W + S}, where the decay's variable is 0 (meaningful while the decay starts within the longs). */
    private final long decayOrigin;
    private final Formula warmup;
    private final Formula decay;

    /**
     * The schedule; one of {@code numTrainingSteps} and {@code numStableSteps} is given (or both: the stable steps
     * are used, as the peer does after its warning).
     *
     * @param lr {@code lr}: the optimizer's initial lr, which {@code LambdaLR} multiplies by the lambda (the peer's
     *     {@code optimizer})
     * @param numWarmupSteps {@code num_warmup_steps}: steps of the linear warm-up from 0 (0: none), {@code >= 0}
     * @param numDecaySteps {@code num_decay_steps}: steps of the decay, {@code >= 0}
     * @param numTrainingSteps {@code num_training_steps}: the total steps, {@code >= 0}: the stable phase is what
     *     warm-up and decay leave (possibly negative: the decay then starts part-way through); null when
     *     {@code num_stable_steps} is given (transformers' default None)
     * @param numStableSteps {@code num_stable_steps}: steps at lr between warm-up and decay, {@code >= 0}; null when
     *     {@code num_training_steps} is given (transformers' default None)
     * @param warmupType {@code warmup_type}: the warm-up's shape, {@code "linear"}, {@code "cosine"} or
     *     {@code "1-sqrt"} (transformers' default {@code "linear"})
     * @param decayType {@code decay_type}: the decay's shape, {@code "linear"}, {@code "cosine"} or {@code "1-sqrt"}
     *     (transformers' default {@code "cosine"})
     * @param minLrRatio {@code min_lr_ratio}: where warm-up starts and decay ends, as a fraction of lr (transformers'
     *     default 0.0)
     * @param numCycles {@code num_cycles}: cosine periods over a cosine decay (0.5: one half cosine), with
     *     {@code pi * num_cycles * 2.0} finite (transformers' default 0.5)
     * @throws IllegalArgumentException naming the parameter that is out of range, or when neither
     *     {@code num_training_steps} nor {@code num_stable_steps} is given
     */
    public GetWsdSchedule(double lr, long numWarmupSteps, long numDecaySteps, Long numTrainingSteps,
            Long numStableSteps, String warmupType, String decayType, double minLrRatio, double numCycles) {
        super(lr);
        this.numWarmupSteps = NUM_WARMUP_STEPS.require(numWarmupSteps);
        this.numDecaySteps = NUM_DECAY_STEPS.require(numDecaySteps);
        this.numTrainingSteps = TRAINING.require(numTrainingSteps);
        this.numStableSteps = NUM_STABLE_STEPS.require(numStableSteps);
        if (numTrainingSteps == null && numStableSteps == null) {
            throw new IllegalArgumentException("num_stable_steps or num_training_steps is required: either"
                    + " num_training_steps or num_stable_steps must be specified");
        }
        this.warmupType = WARMUP_TYPE.require(warmupType);
        this.decayType = DECAY_TYPE.require(decayType);
        this.minLrRatio = MIN_LR_RATIO.require(minLrRatio);
        this.numCycles = NUM_CYCLES.require(numCycles);
        double k = cosineFrequency(NUM_CYCLES, numCycles);
        BigInteger w = BigInteger.valueOf(numWarmupSteps);
        BigInteger stableEnd = numStableSteps != null ? w.add(BigInteger.valueOf(numStableSteps))
                : BigInteger.valueOf(numTrainingSteps).subtract(BigInteger.valueOf(numDecaySteps));
        BigInteger decayEnd = stableEnd.add(BigInteger.valueOf(numDecaySteps));
        this.lastStable = lastBefore(stableEnd);
        this.lastDecay = lastBefore(decayEnd);
        this.decayOrigin = stableEnd.bitLength() < 64 ? stableEnd.longValue() : Long.MAX_VALUE;
        double a = 1.0 - minLrRatio;
        double c = minLrRatio;
        double warmupQ = (double) Math.max(1, numWarmupSteps);
        this.warmup = switch (warmupType) {
            case "linear" -> minLrRatio >= 0 ? new DivScale(warmupQ, a, c, lr) // the clamp never binds: same bits
                    : new ClampedRamp(ClampedRamp.Shape.UP, warmupQ, a, c, lr);
            case "cosine" -> new AffineCosine(warmupQ, 0.0, 1.0, 0.0, Math.PI, -1.0, 0.5, a, c, lr, true);
            default -> new ClampedRamp(ClampedRamp.Shape.SQRT_UP, warmupQ, a, c, lr);
        };
        double decayQ = (double) Math.max(1, numDecaySteps);
        this.decay = switch (decayType) {
            case "linear" -> new ClampedRamp(ClampedRamp.Shape.DOWN, decayQ, a, c, lr);
            case "cosine" -> new AffineCosine(decayQ, 0.0, 1.0, 0.0, k, 1.0, 0.5, a, c, lr, true);
            default -> new ClampedRamp(ClampedRamp.Shape.SQRT_DOWN, decayQ, a, c, lr);
        };
    }

    /**
     * Steps of the linear warm-up from 0.
     *
     * @return {@code num_warmup_steps}
     */
    public long numWarmupSteps() {
        return numWarmupSteps;
    }

    /**
     * Steps of the decay.
     *
     * @return {@code num_decay_steps}
     */
    public long numDecaySteps() {
        return numDecaySteps;
    }

    /**
     * The total steps, which the stable phase fills when {@code num_stable_steps} is not given.
     *
     * @return {@code num_training_steps}, or null when not given
     */
    public Long numTrainingSteps() {
        return numTrainingSteps;
    }

    /**
     * Steps at lr between warm-up and decay.
     *
     * @return {@code num_stable_steps}, or null when not given
     */
    public Long numStableSteps() {
        return numStableSteps;
    }

    /**
     * The warm-up's shape.
     *
     * @return {@code warmup_type}: {@code "linear"}, {@code "cosine"} or {@code "1-sqrt"}
     */
    public String warmupType() {
        return warmupType;
    }

    /**
     * The decay's shape.
     *
     * @return {@code decay_type}: {@code "linear"}, {@code "cosine"} or {@code "1-sqrt"}
     */
    public String decayType() {
        return decayType;
    }

    /**
     * Where warm-up starts and decay ends, as a fraction of lr.
     *
     * @return {@code min_lr_ratio}
     */
    public double minLrRatio() {
        return minLrRatio;
    }

    /**
     * Cosine periods over a cosine decay.
     *
     * @return {@code num_cycles}
     */
    public double numCycles() {
        return numCycles;
    }

    @Override
    public double at(long step) {
        step(step);
        if (step < numWarmupSteps) {
            return warmup.value(step);
        }
        if (step <= lastStable) {
            return lr * 1.0;
        }
        if (step <= lastDecay) {
            return Overflow.check(decay.value(step - decayOrigin), step);
        }
        return lr * minLrRatio;
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        long end = first + count;
        long s = piece(sink, first, end, numWarmupSteps, 0, warmup);
        s = constant(sink, s, end, endAfter(lastStable), lr * 1.0);
        s = piece(sink, s, end, endAfter(lastDecay), decayOrigin, decay);
        constant(sink, s, end, end, lr * minLrRatio);
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
