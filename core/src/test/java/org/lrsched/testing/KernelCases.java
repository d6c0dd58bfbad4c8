package org.lrsched.testing;

import java.util.List;

/** The schedules and first steps every kernel's tables are checked on (scalar in core, vector in simd). */
public final class KernelCases {
    private KernelCases() {}

    /** Specs of every type and nesting, with edge parameters. */
    public static final List<String> SPECS = List.of(
            "triangular(min_lr=1, max_lr=2, cycle_length=1000, inc_fraction=0.2)",
            "triangular(min_lr=0.5, max_lr=2, cycle_length=7, inc_fraction=1)",
            "triangular(min_lr=0.5, max_lr=2, cycle_length=100.5)",
            "cosine(min_lr=1, max_lr=2, cycle_length=1000)",
            "cosine(min_lr=0, max_lr=2, cycle_length=3)",
            "linear_warmup(schedule=mxnet_multifactor(step=[250, 750, 900], factor=0.5, base_lr=1), start_lr=0, length=250)",
            "linear_warmup(schedule=cyclical(shape=cosine(min_lr=0.01, max_lr=2), cycle_length=25, cycle_length_decay=2, cycle_magnitude_decay=0.5), start_lr=0, length=17)",
            "linear_warmup(schedule=cosine(min_lr=0, max_lr=1, cycle_length=50), start_lr=0.1, length=0)",
            "linear_cooldown(schedule=mxnet_multifactor(step=[250, 750, 900], factor=0.5, base_lr=1), finish_lr=0.001, start_idx=1000, length=500)",
            "linear_cooldown(schedule=linear_warmup(schedule=cosine(min_lr=0, max_lr=1, cycle_length=40), start_lr=0, length=10), finish_lr=0.5, start_idx=30, length=0)",
            "one_cycle(start_lr=0.1, max_lr=0.5, cycle_length=500, cooldown_length=750, finish_lr=0.001)",
            "one_cycle(start_lr=0.1, max_lr=0.5, cycle_length=9)",
            "cyclical(shape=triangular(min_lr=0.5, max_lr=2), cycle_length=500)",
            "cyclical(shape=triangular(min_lr=0.5, max_lr=2, inc_fraction=0.3), cycle_length=7, cycle_length_decay=1.1, cycle_magnitude_decay=0.9)",
            "cyclical(shape=cosine(min_lr=0.01, max_lr=2), cycle_length=250, cycle_length_decay=2, cycle_magnitude_decay=0.5)",
            "cyclical(shape=cosine(min_lr=0.01, max_lr=2), cycle_length=1, cycle_length_decay=3)",
            "cyclical(shape=cosine(min_lr=0.01, max_lr=2), cycle_length=100, cycle_length_decay=0.9)",
            "cyclical(shape=triangular(min_lr=0.01, max_lr=2), cycle_length=10.5, cycle_length_decay=1.5)",
            "flax_triangular(lr_min=0.003, lr_max=0.03, steps_per_cycle=117)",
            "flax_triangular(lr_min=0.003, lr_max=0.03, steps_per_cycle=1)",
            "flax_triangular(lr_min=0.003, lr_max=0.03, steps_per_cycle=2)",
            "mxnet_factor(step=7, factor=0.5, stop_factor_lr=1e-3, base_lr=1, warmup_steps=5, warmup_begin_lr=0.1)",
            "mxnet_factor(step=1, factor=0.9, base_lr=0.1, warmup_steps=3, warmup_mode=constant)",
            "mxnet_multifactor(step=[3, 10, 11, 40], factor=0.3, base_lr=2, warmup_steps=2)",
            "mxnet_poly(max_update=300, base_lr=0.5, pwr=3, final_lr=0.01, warmup_steps=20, warmup_begin_lr=0.1)",
            "mxnet_poly(max_update=30, pwr=0.5)",
            "mxnet_cosine(max_update=300, base_lr=0.5, final_lr=0.01, warmup_steps=20, warmup_begin_lr=0.1)",
            "mxnet_cosine(max_update=3)",
            // magnitudes growing to 5.5 by step 2^53: the bound scales with the cycle's rates, not the spec's
            "cyclical(shape=cosine(min_lr=1e-17, max_lr=0), cycle_length=1, cycle_length_decay=1.000000057,"
                    + " cycle_magnitude_decay=1.000000024)",
            // subnormal rates: arithmetic there rounds to units of Double.MIN_VALUE
            "cosine(min_lr=0, max_lr=4.9e-324, cycle_length=8)",
            "cyclical(shape=cosine(min_lr=0, max_lr=1e-310), cycle_length=20000, cycle_length_decay=2)",
            "mxnet_poly(max_update=30, pwr=0.5, base_lr=3e-323)",
            // composition: parts shifted at their boundaries, presets where a schedule goes
            "constant(lr=0.25)",
            "sequence(schedules=[linear_warmup(schedule=constant(lr=0.1), start_lr=0, length=100), sgdr,"
                    + " cosine(min_lr=0, max_lr=1, cycle_length=300)], boundaries=[100, 5000])",
            "sequence(schedules=[cyclical_triangular, flax_triangular, one_cycle], boundaries=[777, 777])",
            "linear_warmup(schedule=sgdr, start_lr=0, length=17)",
            // an integer decay multiplies lengths exactly, as Python's int does
            "cyclical(shape=triangular(min_lr=0.1, max_lr=1), cycle_length=1, cycle_length_decay=3)",
            // timm: the issue-13 workload's shape (warm-up, then cycle 0 from t = warmup_t, then lr_min)
            "timm.CosineLRScheduler(lr=0.1, t_initial=1000, cycle_mul=2, cycle_decay=0.5, lr_min=1e-05, warmup_t=100,"
                    + " warmup_lr_init=1e-06)",
            // exact doubling cycles to 2^63, prefix warm-up; equal cycles that repeat up to their limit
            "timm.CosineLRScheduler(lr=0.1, t_initial=7, cycle_mul=2, cycle_decay=0.9, lr_min=1e-05, cycle_limit=100,"
                    + " warmup_t=5, warmup_lr_init=1e-06, warmup_prefix=True)",
            "timm.CosineLRScheduler(lr=0.1, t_initial=100, cycle_limit=1000)",
            "timm.CosineLRScheduler(lr=0.1, t_initial=3, cycle_decay=0.5, cycle_limit=2000)",
            // float cycle offsets (snapped starts), growing and shrinking; k-decay as a float and as an int
            "timm.CosineLRScheduler(lr=0.1, t_initial=10, cycle_mul=1.5, cycle_limit=200, k_decay=2.0)",
            "timm.CosineLRScheduler(lr=0.1, t_initial=100, cycle_mul=0.9, cycle_limit=1000000, lr_min=0.001)",
            "timm.CosineLRScheduler(lr=0.1, t_initial=1000, k_decay=2, cycle_limit=5)",
            "timm.TanhLRScheduler(lr=0.1, t_initial=100, lr_min=0.001, cycle_limit=3, cycle_decay=0.5, warmup_t=5,"
                    + " warmup_lr_init=0.001)",
            "timm.TanhLRScheduler(lr=0.1, t_initial=3, cycle_mul=3, cycle_limit=100)",
            "timm.TanhLRScheduler(lr=0.1, t_initial=10, cycle_mul=1.5, cycle_limit=5, warmup_t=2)",
            "timm.PolyLRScheduler(lr=0.1, t_initial=100, power=2.0, lr_min=0.001, cycle_limit=4, warmup_t=3)",
            "timm.PolyLRScheduler(lr=0.1, t_initial=1000, k_decay=2, cycle_mul=2, cycle_limit=100)",
            "timm.PolyLRScheduler(lr=0.1, t_initial=10, cycle_mul=0.9, cycle_limit=1000, k_decay=0.5)",
            "timm.StepLRScheduler(lr=0.1, decay_t=2.4, decay_rate=0.97, warmup_t=3, warmup_lr_init=1e-06)",
            "timm.StepLRScheduler(lr=0.1, decay_t=30, decay_rate=0.5)",
            "timm.MultiStepLRScheduler(lr=0.1, decay_t=[0, 1, 10, 10, 500], decay_rate=0.5, warmup_t=5,"
                    + " warmup_lr_init=1e-05)");

    private static final long[] FIRSTS = {0, 1, 2, 6, 7, 8, 99, 100, 101, 249, 250, 251, 499, 500, 501, 999, 1000, 1001,
            (1L << 31) + 5, (1L << 53) - 3, (1L << 53) + 1, Long.MAX_VALUE - 5000};

    /** First steps at, around and far past cycle boundaries. */
    public static long[] firsts() {
        return FIRSTS.clone();
    }
}
