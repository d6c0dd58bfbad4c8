package org.lrsched.jmh;

import org.lrsched.Schedule;
import org.lrsched.types.Presets;

/**
 * The schedules the table benchmarks fill: every preset, one where every step is cosine work, and the issue's
 * workloads of the peers' own schedules.
 */
final class Workloads {
    /** warmup_cosine_full: a linear warm-up from 0, then one cosine from 0.1 down to 0.0001 over the rest. */
    static final double COSINE_MAX_LR = 0.1;
    static final double COSINE_MIN_LR = 0.0001;

    private Workloads() {}

    static Schedule schedule(String name, int steps) {
        if (name.equals("optax_exponential")) {
            return Schedule.parse("optax.exponential_decay(init_value=1e-3, transition_steps=1000, decay_rate=0.5)");
        }
        if (name.equals("warmup_cosine_full")) {
            long warmup = cosineWarmup(steps);
            return Schedule.parse("linear_warmup(schedule=cosine(min_lr=" + COSINE_MIN_LR
                    + ", max_lr=" + COSINE_MAX_LR + ", cycle_length=" + (steps - warmup) + "), start_lr=0, length="
                    + warmup + ")");
        }
        return Presets.get(name);
    }

    /** warmup_cosine_full's warm-up: 1% of the table. */
    static int cosineWarmup(int steps) {
        return Math.max(1, steps / 100);
    }
}
