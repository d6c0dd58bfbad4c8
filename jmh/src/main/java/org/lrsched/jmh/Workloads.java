package org.lrsched.jmh;

import org.lrsched.Schedule;
import org.lrsched.types.Presets;

/**
 * The schedules the table benchmarks fill: every preset, one where every step is cosine work, and the peers'
 * everyday schedules sized to the table ({@code N} = its steps).
 */
final class Workloads {
    /** warmup_cosine_full: a linear warm-up from 0, then one cosine from 0.1 down to 0.0001 over the rest. */
    static final double COSINE_MAX_LR = 0.1;
    static final double COSINE_MIN_LR = 0.0001;

    private Workloads() {}

    static Schedule schedule(String name, int steps) {
        long n = steps;
        switch (name) {
            case "warmup_cosine_full":
                long warmup = cosineWarmup(steps);
                return Schedule.parse("linear_warmup(schedule=cosine(min_lr=" + COSINE_MIN_LR + ", max_lr="
                        + COSINE_MAX_LR + ", cycle_length=" + (steps - warmup) + "), start_lr=0, length=" + warmup + ")");
            case "torch_onecycle":
                return Schedule.parse("torch.OneCycleLR(max_lr=0.1, total_steps=" + n + ")");
            case "hf_warmup_cosine":
                return Schedule.parse("transformers.get_cosine_schedule_with_warmup(lr=1e-3, num_warmup_steps="
                        + n / 100 + ", num_training_steps=" + n + ")");
            case "hf_wsd_sqrt":
                return Schedule.parse("transformers.get_wsd_schedule(lr=1e-3, num_warmup_steps=" + n / 100
                        + ", num_stable_steps=" + n * 8 / 10 + ", num_decay_steps=" + (n - n / 100 - n * 8 / 10)
                        + ", decay_type=\"1-sqrt\")");
            case "hf_inverse_sqrt":
                return Schedule.parse("transformers.get_inverse_sqrt_schedule(lr=1e-3, num_warmup_steps=" + n / 100
                        + ")");
            case "optax_exponential":
                return Schedule.parse("optax.exponential_decay(init_value=1e-3, transition_steps=1000,"
                        + " decay_rate=0.5)");
            case "timm_cosine_restarts":
                // cycle_limit=0 (no limit): timm's default of 1 would end the restarts after the first cycle
                return Schedule.parse("timm.CosineLRScheduler(lr=0.1, t_initial=" + n / 10 + ", cycle_mul=2,"
                        + " cycle_decay=0.5, cycle_limit=0, lr_min=1e-5, warmup_t=" + n / 100
                        + ", warmup_lr_init=1e-6)");
            default:
                return Presets.get(name);
        }
    }

    /** warmup_cosine_full's warm-up: 1% of the table. */
    static int cosineWarmup(int steps) {
        return Math.max(1, steps / 100);
    }
}
