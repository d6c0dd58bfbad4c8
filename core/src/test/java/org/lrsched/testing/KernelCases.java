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
            // Optax: integer_pow and pow transitions, stairs (also past 2^53), clips, the one-cycles' collapses
            "optax.warmup_cosine_decay_schedule(init_value=0.0, peak_value=1.0, warmup_steps=50, decay_steps=1000,"
                    + " end_value=0.01)",
            "optax.warmup_cosine_decay_schedule(init_value=0.2, peak_value=1.21, warmup_steps=7, decay_steps=500,"
                    + " end_value=-3.0, exponent=2)",
            "optax.polynomial_schedule(init_value=1.0, end_value=0.01, power=3, transition_steps=777,"
                    + " transition_begin=5)",
            "optax.polynomial_schedule(init_value=1.0, end_value=0.01, power=2.5, transition_steps=300)",
            "optax.linear_schedule(init_value=2.0, end_value=1.0, transition_steps=9007199254740993)",
            "optax.exponential_decay(init_value=1.0, transition_steps=7, decay_rate=0.5, transition_begin=3,"
                    + " staircase=True, end_value=0.01)",
            "optax.exponential_decay(init_value=1.0, transition_steps=2, decay_rate=0.9999999999, staircase=True)",
            "optax.exponential_decay(init_value=0.5, transition_steps=100, decay_rate=0.9, end_value=0.001)",
            "optax.exponential_decay(init_value=1.0, transition_steps=1, decay_rate=-0.999, staircase=True)",
            "optax.cosine_decay_schedule(init_value=0.1, decay_steps=1000, alpha=0.1, exponent=2)",
            "optax.cosine_decay_schedule(init_value=0.1, decay_steps=1000, exponent=0.5)",
            "optax.cosine_decay_schedule(init_value=1.0, decay_steps=10000000000)",
            "optax.piecewise_constant_schedule(init_value=1.0, boundaries_and_scales={100: 0.1, 200: 0.01, 0: 2})",
            "optax.piecewise_interpolate_schedule(interpolate_type=cosine, init_value=1.0,"
                    + " boundaries_and_scales={1: 0.5, 2: 0.5, 1000: 0.1})",
            "optax.piecewise_interpolate_schedule(interpolate_type=linear, init_value=3,"
                    + " boundaries_and_scales={-4: 2, 6: 5, 250: 1})",
            "optax.linear_onecycle_schedule(transition_steps=1000, peak_value=0.01)",
            "optax.linear_onecycle_schedule(transition_steps=3, peak_value=1.0)",
            "optax.cosine_onecycle_schedule(transition_steps=1000, peak_value=0.01)",
            "optax.warmup_constant_schedule(init_value=0.0, peak_value=1.0, warmup_steps=250)",
            "optax.warmup_exponential_decay_schedule(init_value=0.0, peak_value=1.0, warmup_steps=100,"
                    + " transition_steps=10, decay_rate=0.99, staircase=True)",
            "optax.sgdr_schedule(cosine_kwargs=[optax.warmup_cosine_decay_schedule(init_value=0.0, peak_value=1.0,"
                    + " warmup_steps=20, decay_steps=250), optax.warmup_cosine_decay_schedule(init_value=0.0,"
                    + " peak_value=0.5, warmup_steps=0, decay_steps=500, end_value=0.01)])",
            "optax.join_schedules(schedules=[optax.constant_schedule(value=1.0), optax.linear_schedule(init_value=1.0,"
                    + " end_value=0.0, transition_steps=400), optax_warmup_cosine], boundaries=[7, 500])",
            // PyTorch: every type, int and float gammas, totals past 2^53, cycles of fractional length, chains
            "torch.StepLR(lr=0.1, step_size=7, gamma=0.5)",
            "torch.StepLR(lr=0.1, step_size=1, gamma=0.999)",
            "torch.StepLR(lr=0.1, step_size=3, gamma=-1)",
            "torch.MultiStepLR(lr=0.1, milestones=[300, 5, 5, 0], gamma=-0.5)",
            "torch.ConstantLR(lr=0.1, factor=0.25, total_iters=500)",
            "torch.LinearLR(lr=0.1, start_factor=0.01, end_factor=0.9, total_iters=1000)",
            "torch.LinearLR(lr=0.1, start_factor=0.5, total_iters=1)",
            "torch.ExponentialLR(lr=0.05, gamma=0.95)",
            "torch.ExponentialLR(lr=0.1, gamma=-1)",
            "torch.PolynomialLR(lr=0.1, total_iters=1000, power=0.9)",
            "torch.PolynomialLR(lr=0.1, total_iters=108086391056891905, power=2.0)",
            "torch.CosineAnnealingLR(lr=0.1, T_max=100, eta_min=0.001)",
            "torch.CosineAnnealingWarmRestarts(lr=0.1, T_0=10, eta_min=0.001)",
            "torch.CosineAnnealingWarmRestarts(lr=0.1, T_0=1, T_mult=3)",
            "torch.CosineAnnealingWarmRestarts(lr=0.1, T_0=7, T_mult=2, eta_min=1e-5)",
            "torch.CyclicLR(base_lr=0.001, max_lr=0.1, step_size_up=20, step_size_down=30)",
            "torch.CyclicLR(base_lr=0.001, max_lr=0.1, step_size_up=1.25, step_size_down=1.5, mode=triangular2)",
            "torch.CyclicLR(base_lr=0.001, max_lr=0.1, step_size_up=13, mode=exp_range, gamma=0.99994)",
            "torch.CyclicLR(base_lr=0.1, max_lr=1.0, step_size_up=4, step_size_down=0)",
            "torch.CyclicLR(base_lr=0.1, max_lr=1.0, step_size_up=0.25)",
            "torch.OneCycleLR(max_lr=0.1, total_steps=9223372036854775807)",
            "torch.OneCycleLR(max_lr=0.1, total_steps=9223372036854775807, anneal_strategy=linear, three_phase=True)",
            "torch.SequentialLR(lr=0.1, schedulers=[torch.OneCycleLR(max_lr=0.1, total_steps=1000, pct_start=0.25),"
                    + " torch.ConstantLR(factor=1.0)], milestones=[1001])",
            "torch.SequentialLR(lr=0.1, schedulers=[torch.OneCycleLR(max_lr=0.1, total_steps=1000, three_phase=True,"
                    + " anneal_strategy=linear), torch.ConstantLR(factor=1.0)], milestones=[1001])",
            "torch.SequentialLR(lr=0.1, schedulers=[torch.OneCycleLR(max_lr=0.1, total_steps=1002, pct_start=0.25,"
                    + " anneal_strategy=linear), torch.ConstantLR(factor=1.0)], milestones=[1003])",
            "torch.SequentialLR(lr=0.1, schedulers=[torch.LinearLR(start_factor=0.01, total_iters=100),"
                    + " torch.CosineAnnealingWarmRestarts(T_0=250, T_mult=2)], milestones=[100])",
            "torch.ChainedScheduler(lr=0.1, schedulers=[torch.LinearLR(start_factor=0.1, total_iters=40),"
                    + " torch.CosineAnnealingLR(T_max=300, eta_min=0.001), torch.StepLR(step_size=70, gamma=0.5)])",
            "torch.ChainedScheduler(lr=0.1, schedulers=[torch.ConstantLR(factor=0.1, total_iters=20),"
                    + " torch.ExponentialLR(gamma=0.9), torch.PolynomialLR(total_iters=500, power=2.0),"
                    + " torch.MultiStepLR(milestones=[100, 200])])",
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
            "keras.CosineDecayRestarts(initial_learning_rate=1.0, first_decay_steps=1, t_mul=3.0)",
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
