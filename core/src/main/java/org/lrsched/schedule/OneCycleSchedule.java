package org.lrsched.schedule;

import org.lrsched.Spec;
import org.lrsched.plan.PieceSink;
import org.lrsched.plan.Planned;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * The 1-cycle schedule: one symmetric triangular cycle from {@code start_lr} to {@code max_lr} and back, then
 * a linear cool-down to {@code finish_lr} over {@code cooldown_length} steps.
 *
 * <pre>{@code
 * // one_cycle(start_lr=0.1, max_lr=0.5, cycle_length=500, cooldown_length=750, finish_lr=0.001)
 * Schedule oneCycle = new OneCycleSchedule(0.1, 0.5, 500, 750, 0.001);
 * Schedule noCoolDown = new OneCycleSchedule(0.1, 0.5, 500, 0, null);
 * }</pre>
 */
public final class OneCycleSchedule extends AbstractSchedule implements Planned {
    private static final Param<Double> START_LR = Param.of("start_lr", Kinds.REAL, "the rate at step 0 and at the"
            + " end of the cycle");
    private static final Param<Double> MAX_LR = Param.of("max_lr", Kinds.REAL, "the rate at the cycle's peak");
    private static final Param<Long> CYCLE_LENGTH = Param.of("cycle_length", Kinds.INTEGER, "steps in the cycle")
            .rule("> 0", l -> l > 0);
    private static final Param<Long> COOLDOWN_LENGTH = Param.of("cooldown_length", Kinds.INTEGER,
            "steps of the cool-down after the cycle").rule(">= 0", l -> l >= 0).orElse(0L);
    private static final Param<Double> FINISH_LR = Param.of("finish_lr", Kinds.REAL,
            "the rate after the cool-down; given exactly when cooldown_length > 0").optional();

    /** The type {@code one_cycle} of the spec language. */
    public static final ScheduleType<OneCycleSchedule> TYPE = ScheduleType.<OneCycleSchedule>of("one_cycle",
                    "the tutorial's OneCycleSchedule: a triangle from start_lr to max_lr and back, then a linear"
                            + " cool-down to finish_lr")
            .param(START_LR, s -> s.startLr)
            .param(MAX_LR, s -> s.maxLr)
            .param(CYCLE_LENGTH, s -> s.cycleLength)
            .param(COOLDOWN_LENGTH, s -> s.cooldownLength)
            .param(FINISH_LR, s -> s.finishLr)
            .example("one_cycle(start_lr=0.1, max_lr=0.5, cycle_length=500, cooldown_length=750, finish_lr=0.001)")
            .build(v -> new OneCycleSchedule(v.get(START_LR), v.get(MAX_LR), v.get(CYCLE_LENGTH),
                    v.get(COOLDOWN_LENGTH), v.get(FINISH_LR)));

    private final double startLr;
    private final double maxLr;
    private final long cycleLength;
    private final long cooldownLength;
    private final Double finishLr;
    private final LinearCoolDown schedule;

    /**
     * The schedule; {@code finishLr} is given exactly when {@code cooldownLength > 0}, as the tutorial demands.
     *
     * @param startLr {@code start_lr}: the rate at step 0 and at the end of the cycle
     * @param maxLr {@code max_lr}: the rate at the cycle's peak
     * @param cycleLength {@code cycle_length}: steps in the cycle, {@code > 0}
     * @param cooldownLength {@code cooldown_length}: steps of the cool-down after the cycle, {@code >= 0}
     * @param finishLr {@code finish_lr}: the rate after the cool-down; null without one
     * @throws IllegalArgumentException naming the parameter that is out of range or missing
     */
    public OneCycleSchedule(double startLr, double maxLr, long cycleLength, long cooldownLength, Double finishLr) {
        this.startLr = START_LR.require(startLr);
        this.maxLr = MAX_LR.require(maxLr);
        this.cycleLength = CYCLE_LENGTH.require(cycleLength);
        this.cooldownLength = COOLDOWN_LENGTH.require(cooldownLength);
        this.finishLr = FINISH_LR.require(finishLr);
        if (cooldownLength > 0 && finishLr == null) {
            throw new IllegalArgumentException(
                    "finish_lr is required when cooldown_length > 0, got cooldown_length=" + cooldownLength);
        }
        if (cooldownLength == 0 && finishLr != null) {
            throw new IllegalArgumentException(
                    "finish_lr needs cooldown_length > 0, got finish_lr=" + finishLr + " with cooldown_length=0");
        }
        if (cycleLength > Long.MAX_VALUE - cooldownLength) {
            throw new IllegalArgumentException("cycle_length + cooldown_length must be below 2^63, got "
                    + cycleLength + " + " + cooldownLength);
        }
        TriangularSchedule cycle = new TriangularSchedule(startLr, maxLr, CycleLength.of(cycleLength), 0.5);
        this.schedule = new LinearCoolDown(cycle, finishLr != null ? finishLr : startLr, cycleLength, cooldownLength);
    }

    @Override
    public double at(long step) {
        return schedule.at(step);
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        schedule.plan(first, count, sink);
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
