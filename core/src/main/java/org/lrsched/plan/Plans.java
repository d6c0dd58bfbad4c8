package org.lrsched.plan;

import org.lrsched.Schedule;

/** The plan of any schedule: its own when it has one, else one per-step piece. */
public final class Plans {
    private Plans() {}

    public static void plan(Schedule schedule, long first, long count, PieceSink sink) {
        if (count <= 0) {
            return;
        }
        if (schedule instanceof Planned planned) {
            planned.plan(first, count, sink);
        } else {
            sink.perStep(count, first, schedule::at);
        }
    }
}
