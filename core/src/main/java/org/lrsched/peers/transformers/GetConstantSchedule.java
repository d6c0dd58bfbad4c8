package org.lrsched.peers.transformers;

import org.lrsched.Spec;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.ScheduleType;

/** transformers' {@code get_constant_schedule}: {@code lr * 1} at every step. */
public final class GetConstantSchedule extends TransformersSchedule {
    /** The type {@code transformers.get_constant_schedule} of the spec language. */
    public static final ScheduleType<GetConstantSchedule> TYPE = ScheduleType.<GetConstantSchedule>of(
                    "transformers.get_constant_schedule", "transformers' get_constant_schedule: lr at every step")
            .param(LR, GetConstantSchedule::lr)
            .example("transformers.get_constant_schedule(lr=0.001)")
            .build(v -> new GetConstantSchedule(v.get(LR)));

    /**
     * The schedule.
     *
     * @param lr {@code lr}: the optimizer's initial lr, which {@code LambdaLR} multiplies by the lambda (the peer's
     *     {@code optimizer})
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public GetConstantSchedule(double lr) {
        super(lr);
    }

    @Override
    public double at(long step) {
        step(step);
        return lr * 1;
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        sink.constant(count, lr * 1);
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
