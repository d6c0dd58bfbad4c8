package org.lrsched.peers.transformers;

import org.lrsched.Spec;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * transformers' {@code get_cosine_with_min_lr_schedule_with_warmup}: the cosine schedule with its factor mapped
 * to {@code factor * (1 - rate) + rate} and clamped at 0, where {@code rate} is {@code min_lr_rate}, or
 * {@code min_lr / lr} (one of the two, as the peer requires).
 */
public final class GetCosineWithMinLrScheduleWithWarmup extends TransformersSchedule {
    private static final Param<Double> NUM_CYCLES = GetCosineScheduleWithWarmup.NUM_CYCLES;
    private static final Param<Double> MIN_LR = Param.of("min_lr", Kinds.REAL,
            "the rate the cosine ends at (rate = min_lr / lr); give this or min_lr_rate").optional();
    private static final Param<Double> MIN_LR_RATE = Param.of("min_lr_rate", Kinds.REAL,
            "the end as a fraction of lr; give this or min_lr").optional();

    /** The type {@code transformers.get_cosine_with_min_lr_schedule_with_warmup} of the spec language. */
    public static final ScheduleType<GetCosineWithMinLrScheduleWithWarmup> TYPE = ScheduleType
            .<GetCosineWithMinLrScheduleWithWarmup>of("transformers.get_cosine_with_min_lr_schedule_with_warmup",
                    "transformers' get_cosine_with_min_lr_schedule_with_warmup: a linear warm-up from 0, then a"
                            + " cosine to min_lr (or lr * min_lr_rate) at num_training_steps")
            .param(LR, GetCosineWithMinLrScheduleWithWarmup::lr)
            .param(NUM_WARMUP_STEPS, GetCosineWithMinLrScheduleWithWarmup::numWarmupSteps)
            .param(NUM_TRAINING_STEPS, GetCosineWithMinLrScheduleWithWarmup::numTrainingSteps)
            .param(NUM_CYCLES, GetCosineWithMinLrScheduleWithWarmup::numCycles)
            .param(MIN_LR, GetCosineWithMinLrScheduleWithWarmup::minLr)
            .param(MIN_LR_RATE, GetCosineWithMinLrScheduleWithWarmup::minLrRate)
            .example("transformers.get_cosine_with_min_lr_schedule_with_warmup(lr=1e-3, num_warmup_steps=100,"
                    + " num_training_steps=10000, min_lr_rate=0.1)")
            .build(v -> new GetCosineWithMinLrScheduleWithWarmup(v.get(LR), v.get(NUM_WARMUP_STEPS),
                    v.get(NUM_TRAINING_STEPS), v.get(NUM_CYCLES), v.get(MIN_LR), v.get(MIN_LR_RATE)));

    private final long numWarmupSteps;
    private final long numTrainingSteps;
    private final double numCycles;
    private final Double minLr;
    private final Double minLrRate;
    private final CosineLambda lambda;

    /**
     * The schedule; exactly one of {@code minLr} and {@code minLrRate} is non-null, as the peer requires.
     *
     * @param lr {@code lr}: the optimizer's initial lr, which {@code LambdaLR} multiplies by the lambda (the peer's
     *     {@code optimizer}), not 0 when {@code min_lr} is given
     * @param numWarmupSteps {@code num_warmup_steps}: steps of the linear warm-up from 0 (0: none), {@code >= 0}
     * @param numTrainingSteps {@code num_training_steps}: the total number of training steps, where the default half
     *     cycle reaches the end (the cosine goes on past it), {@code >= 0}
     * @param numCycles {@code num_cycles}: cosine periods over the decay (0.5: from lr down to the end), with
     *     {@code pi * num_cycles * 2.0} finite (transformers' default 0.5)
     * @param minLr {@code min_lr}: the rate the cosine ends at (the fraction is {@code min_lr / lr}, which must be
     *     finite); null when {@code min_lr_rate} is given (transformers' default None)
     * @param minLrRate {@code min_lr_rate}: the end as a fraction of lr; null when {@code min_lr} is given
     *     (transformers' default None)
     * @throws IllegalArgumentException naming the parameter that is out of range, or when both or neither of
     *     {@code min_lr} and {@code min_lr_rate} are given
     */
    public GetCosineWithMinLrScheduleWithWarmup(double lr, long numWarmupSteps, long numTrainingSteps,
            double numCycles, Double minLr, Double minLrRate) {
        super(lr);
        this.numWarmupSteps = NUM_WARMUP_STEPS.require(numWarmupSteps);
        this.numTrainingSteps = NUM_TRAINING_STEPS.require(numTrainingSteps);
        this.numCycles = NUM_CYCLES.require(numCycles);
        this.minLr = MIN_LR.require(minLr);
        this.minLrRate = MIN_LR_RATE.require(minLrRate);
        double rate;
        if (minLr != null && minLrRate != null) {
            throw MIN_LR.bad(minLr, "and min_lr_rate=" + minLrRate + ": only one of min_lr or min_lr_rate should"
                    + " be set");
        } else if (minLr != null) {
            if (lr == 0) {
                throw MIN_LR.bad(minLr, "needs lr != 0: the rate is min_lr / lr (the peer raises"
                        + " ZeroDivisionError)");
            }
            rate = minLr / lr;
            if (!Double.isFinite(rate)) {
                throw MIN_LR.bad(minLr, "must keep min_lr / lr finite (lr=" + lr + ")");
            }
        } else if (minLrRate != null) {
            rate = minLrRate;
        } else {
            throw new IllegalArgumentException("min_lr_rate or min_lr is required: one of min_lr or min_lr_rate"
                    + " should be set");
        }
        this.lambda = new CosineLambda(lr, numWarmupSteps, numTrainingSteps, cosineFrequency(NUM_CYCLES, numCycles),
                rate);
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
     * The total number of training steps.
     *
     * @return {@code num_training_steps}
     */
    public long numTrainingSteps() {
        return numTrainingSteps;
    }

    /**
     * Cosine periods over the decay.
     *
     * @return {@code num_cycles}
     */
    public double numCycles() {
        return numCycles;
    }

    /**
     * The rate the cosine ends at.
     *
     * @return {@code min_lr}, or null when {@code min_lr_rate} is given
     */
    public Double minLr() {
        return minLr;
    }

    /**
     * The end as a fraction of lr.
     *
     * @return {@code min_lr_rate}, or null when {@code min_lr} is given
     */
    public Double minLrRate() {
        return minLrRate;
    }

    @Override
    public double at(long step) {
        return lambda.at(step);
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        lambda.plan(first, count, sink);
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
