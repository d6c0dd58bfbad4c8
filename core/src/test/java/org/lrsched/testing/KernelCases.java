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
            // transformers: lr * lambda, warm-ups, the cosine going on past num_training_steps, exact hard restarts
            // (47 cycles, where the peer's float misses 5 restarts; a negative real count), int/int quotients
            "transformers.get_constant_schedule(lr=0.1)",
            "transformers.get_constant_schedule_with_warmup(lr=0.1, num_warmup_steps=7)",
            "transformers.get_linear_schedule_with_warmup(lr=5e-5, num_warmup_steps=10, num_training_steps=1000)",
            "transformers.get_cosine_schedule_with_warmup(lr=1e-3, num_warmup_steps=100, num_training_steps=10000)",
            "transformers.get_cosine_with_hard_restarts_schedule_with_warmup(lr=1.0, num_warmup_steps=7,"
                    + " num_training_steps=4707, num_cycles=47)",
            "transformers.get_cosine_with_hard_restarts_schedule_with_warmup(lr=1.0, num_warmup_steps=3,"
                    + " num_training_steps=1000, num_cycles=-2.5)",
            "transformers.get_polynomial_decay_schedule_with_warmup(lr=0.1, num_warmup_steps=10,"
                    + " num_training_steps=1000, lr_end=1e-4, power=2.0)",
            "transformers.get_inverse_sqrt_schedule(lr=1e-3, num_warmup_steps=100)",
            "transformers.get_inverse_sqrt_schedule(lr=1e-3, num_warmup_steps=0, timescale=3)",
            "transformers.get_cosine_with_min_lr_schedule_with_warmup(lr=1.0, num_warmup_steps=5,"
                    + " num_training_steps=100, min_lr_rate=-0.5)",
            "transformers.get_wsd_schedule(lr=1e-3, num_warmup_steps=100, num_decay_steps=200, num_stable_steps=700,"
                    + " warmup_type=cosine, decay_type=\"1-sqrt\", min_lr_ratio=0.1)",
            "transformers.get_wsd_schedule(lr=1.0, num_warmup_steps=10, num_decay_steps=40, num_training_steps=30,"
                    + " warmup_type=\"1-sqrt\", decay_type=linear, min_lr_ratio=-0.5)",
            "transformers.get_wsd_schedule(lr=1e-3, num_warmup_steps=100, num_decay_steps=900,"
                    + " num_training_steps=2000, num_cycles=1.5)",
            "sequence(schedules=[hf_warmup_cosine, wsd], boundaries=[12345])",
            // Keras in binary64: staircases, a boundary past 2^53, cycles of the polynomial, restarts found exactly
            "keras.ExponentialDecay(initial_learning_rate=0.1, decay_steps=7, decay_rate=0.96)",
            "keras.ExponentialDecay(initial_learning_rate=0.1, decay_steps=7, decay_rate=0.96, staircase=True)",
            "keras.PiecewiseConstantDecay(boundaries=[0, 99, 1000.5, 9007199254740993], values=[1.0, 0.5, 0.25,"
                    + " 0.125, 0.0625])",
            "keras.PolynomialDecay(initial_learning_rate=0.05, decay_steps=10, end_learning_rate=0.001, power=0.5,"
                    + " cycle=True)",
            "keras.PolynomialDecay(initial_learning_rate=0.05, decay_steps=100, power=2.0)",
            "keras.InverseTimeDecay(initial_learning_rate=0.1, decay_steps=10, decay_rate=0.5)",
            "keras.InverseTimeDecay(initial_learning_rate=0.1, decay_steps=10, decay_rate=0.5, staircase=True)",
            "keras.CosineDecay(initial_learning_rate=0.0, decay_steps=1000, alpha=0.1, warmup_target=0.1,"
                    + " warmup_steps=100)",
            "keras.CosineDecay(initial_learning_rate=1.0, decay_steps=1)",
            "keras.CosineDecayRestarts(initial_learning_rate=1.0, first_decay_steps=7, t_mul=2.0, m_mul=0.9,"
                    + " alpha=0.1)",
            "keras.CosineDecayRestarts(initial_learning_rate=1.0, first_decay_steps=10, t_mul=1.5)",
            "keras.CosineDecayRestarts(initial_learning_rate=1.0, first_decay_steps=100, t_mul=1.0)",
            "keras.CosineDecayRestarts(initial_learning_rate=1.0, first_decay_steps=1, t_mul=3.0)");

    private static final long[] FIRSTS = {0, 1, 2, 6, 7, 8, 99, 100, 101, 249, 250, 251, 499, 500, 501, 999, 1000, 1001,
            (1L << 31) + 5, (1L << 53) - 3, (1L << 53) + 1, Long.MAX_VALUE - 5000};

    /** First steps at, around and far past cycle boundaries. */
    public static long[] firsts() {
        return FIRSTS.clone();
    }
}
