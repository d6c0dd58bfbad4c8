package org.lrsched.schedule;

import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.plan.Planned;
import org.lrsched.spec.Spec;

/**
 * The 1-cycle schedule: one symmetric triangular cycle from {@code start_lr} to {@code max_lr} and back, then
 * a linear cool-down to {@code finish_lr} over {@code cooldown_length} steps.
 */
public final class OneCycleSchedule extends AbstractSchedule implements Planned {
    private final double startLr;
    private final double maxLr;
    private final long cycleLength;
    private final long cooldownLength;
    private final Double finishLr;
    private final LinearCoolDown schedule;

    /** {@code finishLr} is given exactly when {@code cooldownLength > 0}, as the tutorial demands. */
    public OneCycleSchedule(double startLr, double maxLr, long cycleLength, long cooldownLength, Double finishLr) {
        Require.finite("start_lr", startLr);
        Require.finite("max_lr", maxLr);
        Require.nonNegative("cooldown_length", cooldownLength);
        if (cooldownLength > 0 && finishLr == null) {
            throw new IllegalArgumentException(
                    "finish_lr is required when cooldown_length > 0, got cooldown_length=" + cooldownLength);
        }
        if (cooldownLength == 0 && finishLr != null) {
            throw new IllegalArgumentException(
                    "finish_lr needs cooldown_length > 0, got finish_lr=" + finishLr + " with cooldown_length=0");
        }
        this.startLr = startLr;
        this.maxLr = maxLr;
        this.cycleLength = Require.positive("cycle_length", cycleLength);
        this.cooldownLength = cooldownLength;
        this.finishLr = finishLr;
        TriangularSchedule cycle = new TriangularSchedule(startLr, maxLr, CycleLength.of("cycle_length", cycleLength), 0.5);
        this.schedule = new LinearCoolDown(cycle, finishLr != null ? finishLr : startLr, cycleLength, cooldownLength);
    }

    /** The equivalent tree: a triangular cycle inside a linear cool-down. */
    public LinearCoolDown asCoolDown() {
        return schedule;
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
        return Spec.of("one_cycle").put("start_lr", startLr).put("max_lr", maxLr).put("cycle_length", cycleLength)
                .put("cooldown_length", cooldownLength).put("finish_lr", finishLr).build();
    }
}
