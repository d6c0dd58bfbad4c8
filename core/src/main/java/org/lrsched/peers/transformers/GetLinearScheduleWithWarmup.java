package org.lrsched.peers.transformers;

import org.lrsched.Spec;
import org.lrsched.formula.DivScale;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.ScheduleType;

/**
 * transformers' {@code get_linear_schedule_with_warmup}: the warm-up, then {@code lr * max(0.0,
 * float(num_training_steps - step) / float(max(1, num_training_steps - num_warmup_steps)))}, which is 0.0 from
 * {@code num_training_steps} on.
 */
public final class GetLinearScheduleWithWarmup extends TransformersSchedule {
    /** The type {@code transformers.get_linear_schedule_with_warmup} of the spec language. */
    public static final ScheduleType<GetLinearScheduleWithWarmup> TYPE = ScheduleType
            .<GetLinearScheduleWithWarmup>of("transformers.get_linear_schedule_with_warmup",
                    "transformers' get_linear_schedule_with_warmup: a linear warm-up from 0, then linearly to 0 at"
                            + " num_training_steps")
            .param(LR, GetLinearScheduleWithWarmup::lr)
            .param(NUM_WARMUP_STEPS, GetLinearScheduleWithWarmup::numWarmupSteps)
            .param(NUM_TRAINING_STEPS, GetLinearScheduleWithWarmup::numTrainingSteps)
            .example("transformers.get_linear_schedule_with_warmup(lr=5e-5, num_warmup_steps=500,"
                    + " num_training_steps=10000)")
            .build(v -> new GetLinearScheduleWithWarmup(v.get(LR), v.get(NUM_WARMUP_STEPS),
                    v.get(NUM_TRAINING_STEPS)));

    private final long numWarmupSteps;
    private final long numTrainingSteps;
    private final DivScale warmup;
    /** {@code lr * (float(T - step) / float(D))}, its variable {@code T - step} running down to 0. */
    private final DivScale decay;

    /**
     * The schedule.
     *
     * @param lr {@code lr}: the optimizer's initial lr, which {@code LambdaLR} multiplies by the lambda (the peer's
     *     {@code optimizer})
     * @param numWarmupSteps {@code num_warmup_steps}: steps of the linear warm-up from 0 (0: none), {@code >= 0}
     * @param numTrainingSteps {@code num_training_steps}: the total number of training steps, where the decay reaches
     *     0.0 and stays, {@code >= 0}
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public GetLinearScheduleWithWarmup(double lr, long numWarmupSteps, long numTrainingSteps) {
        super(lr);
        this.numWarmupSteps = NUM_WARMUP_STEPS.require(numWarmupSteps);
        this.numTrainingSteps = NUM_TRAINING_STEPS.require(numTrainingSteps);
        this.warmup = warmup(lr, numWarmupSteps);
        this.decay = new DivScale((double) Math.max(1, numTrainingSteps - numWarmupSteps), 1.0, 0.0, lr);
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

    @Override
    public double at(long step) {
        step(step);
        if (step < numWarmupSteps) {
            return warmup.value(step);
        }
        return step <= numTrainingSteps ? decay.value(numTrainingSteps - step) : lr * 0.0;
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        long end = first + count;
        long s = piece(sink, first, end, numWarmupSteps, 0, warmup);
        long decayEnd = endAfter(numTrainingSteps);
        long stop = Math.min(end, decayEnd);
        if (s < stop) {
            sink.piece(stop - s, numTrainingSteps - s, -1, decay);
            s = stop;
        }
        constant(sink, s, end, end, lr * 0.0);
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
