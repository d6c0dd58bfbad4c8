package org.lrsched.schedule;

import static org.lrsched.internal.Py.div;

import java.util.Objects;
import org.lrsched.Schedule;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.plan.Planned;
import org.lrsched.plan.Plans;
import org.lrsched.spec.Spec;

/**
 * The wrapped schedule up to {@code start_idx}, then a linear ramp from its value there to {@code finish_lr}
 * over {@code length} steps, then {@code finish_lr}. A length of 0 jumps to {@code finish_lr} right after
 * {@code start_idx}, as the tutorial's code does.
 */
public final class LinearCoolDown extends AbstractSchedule implements Planned {
    private final Schedule schedule;
    private final double finishLr;
    private final long startIdx;
    private final long length;
    private final long finishIdx;
    private final double startLr;

    public LinearCoolDown(Schedule schedule, double finishLr, long startIdx, long length) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.finishLr = Require.finite("finish_lr", finishLr);
        this.startIdx = Require.nonNegative("start_idx", startIdx);
        this.length = Require.nonNegative("length", length);
        if (startIdx > Long.MAX_VALUE - length) {
            throw Require.bad("length", length, "must end the cool-down at a step below 2^63 (start_idx=" + startIdx + ")");
        }
        this.finishIdx = startIdx + length;
        this.startLr = schedule.firstCallAt(startIdx);
    }

    public Schedule schedule() {
        return schedule;
    }

    public double finishLr() {
        return finishLr;
    }

    public long startIdx() {
        return startIdx;
    }

    public long length() {
        return length;
    }

    /** The wrapped schedule's value on a first call at {@code start_idx}, where the ramp starts. */
    public double startLr() {
        return startLr;
    }

    @Override
    public double at(long step) {
        Require.step(step);
        if (step <= startIdx) {
            return schedule.at(step);
        }
        if (step <= finishIdx) {
            return div((step - startIdx) * (finishLr - startLr), length) + startLr;
        }
        return finishLr;
    }

    @Override
    public double firstCallAt(long step) {
        Require.step(step);
        return step <= startIdx ? schedule.firstCallAt(step) : at(step);
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        long end = first + count;
        long s = first;
        if (s <= startIdx) {
            long n = Math.min(end, startIdx + 1) - s;
            Plans.plan(schedule, s, n, sink);
            s += n;
        }
        if (s < end && s <= finishIdx) {
            long n = Math.min(end, finishIdx == Long.MAX_VALUE ? end : finishIdx + 1) - s;
            sink.mulDiv(n, s - startIdx, finishLr - startLr, length, startLr);
            s += n;
        }
        if (s < end) {
            sink.constant(end - s, finishLr);
        }
    }

    @Override
    public Spec spec() {
        return Spec.of("linear_cooldown").put("schedule", schedule.spec()).put("finish_lr", finishLr)
                .put("start_idx", startIdx).put("length", length).build();
    }
}
