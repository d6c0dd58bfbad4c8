package org.lrsched.schedule;

import org.lrsched.Spec;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.plan.Planned;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * The same rate at every step: a part of a sequence, or a schedule of its own.
 *
 * <pre>{@code
 * Schedule fixed = new ConstantSchedule(0.001);   // constant(lr=0.001)
 * }</pre>
 */
public final class ConstantSchedule extends AbstractSchedule implements Planned {
    private static final Param<Double> LR = Param.of("lr", Kinds.REAL, "the rate at every step");

    /** The type {@code constant} of the spec language. */
    public static final ScheduleType<ConstantSchedule> TYPE = ScheduleType.<ConstantSchedule>of("constant",
                    "the same rate at every step")
            .param(LR, ConstantSchedule::lr)
            .example("constant(lr=0.001)")
            .build(v -> new ConstantSchedule(v.get(LR)));

    private final double lr;

    /**
     * The schedule.
     *
     * @param lr the rate at every step, finite
     * @throws IllegalArgumentException naming {@code lr} where it is not finite
     */
    public ConstantSchedule(double lr) {
        this.lr = LR.require(lr);
    }

    /**
     * The rate.
     *
     * @return {@code lr}
     */
    public double lr() {
        return lr;
    }

    @Override
    public double at(long step) {
        Require.step(step);
        return lr;
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        sink.constant(count, lr);
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
