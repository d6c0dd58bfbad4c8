package org.lrsched.peers.optax;

import org.lrsched.Spec;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/** Optax's {@code constant_schedule}: {@code value} at every count. */
public final class ConstantSchedule extends OptaxSchedule {
    private static final Param<Number> VALUE = Param.of("value", Kinds.NUMBER, "the value at every step");

    /** The type {@code optax.constant_schedule} of the spec language. */
    public static final ScheduleType<ConstantSchedule> TYPE = ScheduleType.<ConstantSchedule>of(
                    "optax.constant_schedule", "Optax's constant_schedule: value at every step")
            .param(VALUE, ConstantSchedule::value)
            .example("optax.constant_schedule(value=5)")
            .build(v -> new ConstantSchedule(v.get(VALUE)));

    private final Number value;
    private final double lr;

    /**
     * The schedule.
     *
     * @param value {@code value}: the value at every step, finite
     * @throws IllegalArgumentException naming {@code value} where it is missing or not finite
     */
    public ConstantSchedule(Number value) {
        this.value = VALUE.require(value);
        this.lr = PyNum.real(value);
    }

    /**
     * The value at every step.
     *
     * @return {@code value}
     */
    public Number value() {
        return value;
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
