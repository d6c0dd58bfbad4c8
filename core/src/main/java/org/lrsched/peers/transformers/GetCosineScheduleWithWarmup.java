package org.lrsched.peers.transformers;

import org.lrsched.Spec;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * transformers' {@code get_cosine_schedule_with_warmup}: the warm-up, then {@code lr * max(0, 0.5 * (1.0 +
 * cos(pi * num_cycles * 2.0 * progress)))} with {@code progress = float(step - W) / float(max(1, T - W))}. Past
 * {@code num_training_steps} the formula goes on: with the default half cycle it rises again.
 */
public final class GetCosineScheduleWithWarmup extends TransformersSchedule {
    static final Param<Double> NUM_CYCLES = Param.of("num_cycles", Kinds.REAL,
            "cosine periods over the decay (0.5: from lr down to 0)").orElse(0.5);

    /** The type {@code transformers.get_cosine_schedule_with_warmup} of the spec language. */
    public static final ScheduleType<GetCosineScheduleWithWarmup> TYPE = ScheduleType
            .<GetCosineScheduleWithWarmup>of("transformers.get_cosine_schedule_with_warmup",
                    "transformers' get_cosine_schedule_with_warmup: a linear warm-up from 0, then a cosine to 0 at"
                            + " num_training_steps (and on past it)")
            .param(LR, GetCosineScheduleWithWarmup::lr)
            .param(NUM_WARMUP_STEPS, GetCosineScheduleWithWarmup::numWarmupSteps)
            .param(NUM_TRAINING_STEPS, GetCosineScheduleWithWarmup::numTrainingSteps)
            .param(NUM_CYCLES, GetCosineScheduleWithWarmup::numCycles)
            .example("transformers.get_cosine_schedule_with_warmup(lr=5e-5, num_warmup_steps=500,"
                    + " num_training_steps=10000)")
            .build(v -> new GetCosineScheduleWithWarmup(v.get(LR), v.get(NUM_WARMUP_STEPS),
                    v.get(NUM_TRAINING_STEPS), v.get(NUM_CYCLES)));

    private final long numWarmupSteps;
    private final long numTrainingSteps;
    private final double numCycles;
    private final CosineLambda lambda;

    /**
     * The schedule.
     *
     * @param lr {@code lr}: the optimizer's initial lr, which {@code LambdaLR} multiplies by the lambda (the peer's
     *     {@code optimizer})
     * @param numWarmupSteps {@code num_warmup_steps}: steps of the linear warm-up from 0 (0: none), {@code >= 0}
     * @param numTrainingSteps {@code num_training_steps}: the total number of training steps, where the default half
     *     cycle reaches 0 (the cosine goes on past it), {@code >= 0}
     * @param numCycles {@code num_cycles}: cosine periods over the decay (0.5: from lr down to 0), with
     *     {@code pi * num_cycles * 2.0} finite (transformers' default 0.5)
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public GetCosineScheduleWithWarmup(double lr, long numWarmupSteps, long numTrainingSteps, double numCycles) {
        super(lr);
        this.numWarmupSteps = NUM_WARMUP_STEPS.require(numWarmupSteps);
        this.numTrainingSteps = NUM_TRAINING_STEPS.require(numTrainingSteps);
        this.numCycles = NUM_CYCLES.require(numCycles);
        this.lambda = new CosineLambda(lr, numWarmupSteps, numTrainingSteps, cosineFrequency(NUM_CYCLES, numCycles),
                0.0);
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
