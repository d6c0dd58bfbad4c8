package org.lrsched.peers.transformers;

import org.lrsched.Spec;
import org.lrsched.formula.DivScale;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.ScheduleType;

/**
 * transformers' {@code get_constant_schedule_with_warmup}: {@code lr * (float(step) / float(max(1.0,
 * num_warmup_steps)))} below {@code num_warmup_steps}, then {@code lr * 1.0}.
 */
public final class GetConstantScheduleWithWarmup extends TransformersSchedule {
    /** The type {@code transformers.get_constant_schedule_with_warmup} of the spec language. */
    public static final ScheduleType<GetConstantScheduleWithWarmup> TYPE = ScheduleType
            .<GetConstantScheduleWithWarmup>of("transformers.get_constant_schedule_with_warmup",
                    "transformers' get_constant_schedule_with_warmup: a linear warm-up from 0, then lr")
            .param(LR, GetConstantScheduleWithWarmup::lr)
            .param(NUM_WARMUP_STEPS, GetConstantScheduleWithWarmup::numWarmupSteps)
            .example("transformers.get_constant_schedule_with_warmup(lr=0.001, num_warmup_steps=100)")
            .build(v -> new GetConstantScheduleWithWarmup(v.get(LR), v.get(NUM_WARMUP_STEPS)));

    private final long numWarmupSteps;
    private final DivScale warmup;

    /**
     * The schedule.
     *
     * @param lr {@code lr}: the optimizer's initial lr, which {@code LambdaLR} multiplies by the lambda (the peer's
     *     {@code optimizer})
     * @param numWarmupSteps {@code num_warmup_steps}: steps of the linear warm-up from 0 (0: none), {@code >= 0}
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public GetConstantScheduleWithWarmup(double lr, long numWarmupSteps) {
        super(lr);
        this.numWarmupSteps = NUM_WARMUP_STEPS.require(numWarmupSteps);
        this.warmup = warmup(lr, numWarmupSteps);
    }

    /**
     * Steps of the linear warm-up from 0.
     *
     * @return {@code num_warmup_steps}
     */
    public long numWarmupSteps() {
        return numWarmupSteps;
    }

    @Override
    public double at(long step) {
        step(step);
        return step < numWarmupSteps ? warmup.value(step) : lr * 1.0;
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        long end = first + count;
        long s = piece(sink, first, end, numWarmupSteps, 0, warmup);
        constant(sink, s, end, end, lr * 1.0);
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
