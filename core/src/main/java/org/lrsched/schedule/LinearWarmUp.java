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
 * A linear ramp from {@code start_lr} to the wrapped schedule's value at step 0 over {@code length} steps; the
 * wrapped schedule follows, shifted by {@code length}. A length of 0 means no warm-up.
 */
public final class LinearWarmUp extends AbstractSchedule implements Planned {
    private final Schedule schedule;
    private final double startLr;
    private final long length;
    private final double finishLr;

    public LinearWarmUp(Schedule schedule, double startLr, long length) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.startLr = Require.finite("start_lr", startLr);
        this.length = Require.nonNegative("length", length);
        this.finishLr = schedule.firstCallAt(0);
    }

    public Schedule schedule() {
        return schedule;
    }

    public double startLr() {
        return startLr;
    }

    public long length() {
        return length;
    }

    /** The wrapped schedule's value on a first call at its step 0, where the ramp ends. */
    public double finishLr() {
        return finishLr;
    }

    @Override
    public double at(long step) {
        Require.step(step);
        if (length > 0 && step <= length) {
            return div(step * (finishLr - startLr), length) + startLr;
        }
        return schedule.at(step - length);
    }

    @Override
    public double firstCallAt(long step) {
        Require.step(step);
        return length > 0 && step <= length ? at(step) : schedule.firstCallAt(step - length);
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        long end = first + count;
        long s = first;
        if (length > 0 && s <= length) {
            long n = Math.min(end, length == Long.MAX_VALUE ? end : length + 1) - s;
            sink.mulDiv(n, s, finishLr - startLr, length, startLr);
            s += n;
        }
        Plans.plan(schedule, s - length, end - s, sink);
    }

    @Override
    public Spec spec() {
        return Spec.of("linear_warmup").put("schedule", schedule.spec()).put("start_lr", startLr)
                .put("length", length).build();
    }
}
