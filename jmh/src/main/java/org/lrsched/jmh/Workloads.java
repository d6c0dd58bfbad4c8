package org.lrsched.jmh;

import org.lrsched.Schedule;
import org.lrsched.spec.Presets;
import org.lrsched.spec.ScheduleTypes;
import org.lrsched.spec.SpecText;

/** The schedules the table benchmarks fill: every preset, and one where every step is cosine work. */
final class Workloads {
    private Workloads() {}

    static Schedule schedule(String name, int steps) {
        if (name.equals("warmup_cosine_full")) {
            long warmup = Math.max(1, steps / 100);
            return ScheduleTypes.build(SpecText.parse("linear_warmup(schedule=cosine(min_lr=0.0001, max_lr=0.1,"
                    + " cycle_length=" + (steps - warmup) + "), start_lr=0, length=" + warmup + ")"));
        }
        return Presets.get(name);
    }
}
