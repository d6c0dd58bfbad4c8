package org.lrsched.spec;

import org.lrsched.Spec;
import org.lrsched.types.ScheduleTypes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lrsched.Schedule;
import org.lrsched.schedule.CosineAnnealingSchedule;
import org.lrsched.schedule.CosineShape;
import org.lrsched.schedule.CycleLength;
import org.lrsched.schedule.CyclicalSchedule;
import org.lrsched.schedule.FlaxTriangularSchedule;
import org.lrsched.schedule.LinearCoolDown;
import org.lrsched.schedule.LinearWarmUp;
import org.lrsched.schedule.MxnetCosineScheduler;
import org.lrsched.schedule.MxnetFactorScheduler;
import org.lrsched.schedule.MxnetMultiFactorScheduler;
import org.lrsched.schedule.MxnetPolyScheduler;
import org.lrsched.schedule.MxnetWarmup;
import org.lrsched.schedule.OneCycleSchedule;
import org.lrsched.schedule.TriangularSchedule;
import org.lrsched.schedule.TriangularShape;

/**
 * Every bad parameter fails when the spec text is built, with an {@link IllegalArgumentException} whose
 * message names the parameter and its value (docs/DESIGN.md: never a NaN table, never a silent clamp).
 */
class RejectedParametersTest {

    /** A valid spec of every type, with every real parameter written out, and those real parameters. */
    private static final Map<String, List<String>> REAL_PARAMETERS = Map.ofEntries(
            Map.entry("triangular(min_lr=0.1, max_lr=1.0, cycle_length=10.5, inc_fraction=0.3)",
                    List.of("min_lr", "max_lr", "cycle_length", "inc_fraction")),
            Map.entry("cosine(min_lr=0.1, max_lr=1.0, cycle_length=10.5)", List.of("min_lr", "max_lr", "cycle_length")),
            Map.entry("linear_warmup(schedule=mxnet_factor(step=3), start_lr=0.0, length=5)", List.of("start_lr")),
            Map.entry("linear_cooldown(schedule=mxnet_factor(step=3), finish_lr=0.0, start_idx=5, length=5)",
                    List.of("finish_lr")),
            Map.entry("one_cycle(start_lr=0.1, max_lr=1.0, cycle_length=10, cooldown_length=5, finish_lr=0.01)",
                    List.of("start_lr", "max_lr", "finish_lr")),
            Map.entry("cyclical(shape=triangular(min_lr=0.1, max_lr=1.0, inc_fraction=0.3), cycle_length=10.5,"
                    + " cycle_length_decay=1.5, cycle_magnitude_decay=0.5)",
                    List.of("min_lr", "max_lr", "inc_fraction", "cycle_length", "cycle_length_decay",
                            "cycle_magnitude_decay")),
            Map.entry("cyclical(shape=cosine(min_lr=0.1, max_lr=1.0), cycle_length=10)", List.of("min_lr", "max_lr")),
            Map.entry("flax_triangular(lr_min=0.1, lr_max=1.0, steps_per_cycle=10)", List.of("lr_min", "lr_max")),
            Map.entry("mxnet_factor(step=10, factor=0.5, stop_factor_lr=1e-8, base_lr=1.0, warmup_steps=5,"
                    + " warmup_begin_lr=0.1, warmup_mode=linear)",
                    List.of("factor", "stop_factor_lr", "base_lr", "warmup_begin_lr")),
            Map.entry("mxnet_multifactor(step=[10, 20], factor=0.5, base_lr=1.0, warmup_steps=5, warmup_begin_lr=0.1,"
                    + " warmup_mode=constant)", List.of("factor", "base_lr", "warmup_begin_lr")),
            Map.entry("mxnet_poly(max_update=100, base_lr=1.0, pwr=2.0, final_lr=0.0, warmup_steps=5,"
                    + " warmup_begin_lr=0.1, warmup_mode=linear)",
                    List.of("base_lr", "pwr", "final_lr", "warmup_begin_lr")),
            Map.entry("mxnet_cosine(max_update=100, base_lr=1.0, final_lr=0.0, warmup_steps=5, warmup_begin_lr=0.1,"
                    + " warmup_mode=linear)", List.of("base_lr", "final_lr", "warmup_begin_lr")),
            Map.entry("constant(lr=0.1)", List.of("lr")),
            Map.entry("sequence(schedules=[constant(lr=0.1), cosine(min_lr=0.1, max_lr=1.0, cycle_length=10)],"
                    + " boundaries=[5])", List.of("lr", "min_lr", "max_lr")),
            // Optax's numbers may be ints or reals (an int power multiplies): every one is checked the same way
            Map.entry("optax.constant_schedule(value=0.1)", List.of("value")),
            Map.entry("optax.linear_schedule(init_value=1.0, end_value=0.1, transition_steps=10)",
                    List.of("init_value", "end_value")),
            Map.entry("optax.polynomial_schedule(init_value=1.0, end_value=0.1, power=2.5, transition_steps=10)",
                    List.of("init_value", "end_value", "power")),
            Map.entry("optax.piecewise_constant_schedule(init_value=1.0)", List.of("init_value")),
            Map.entry("optax.piecewise_interpolate_schedule(interpolate_type=cosine, init_value=1.0)",
                    List.of("init_value")),
            Map.entry("optax.exponential_decay(init_value=1.0, transition_steps=10, decay_rate=0.5,"
                    + " end_value=0.01)", List.of("init_value", "decay_rate", "end_value")),
            Map.entry("optax.cosine_decay_schedule(init_value=1.0, decay_steps=10, alpha=0.1, exponent=1.5)",
                    List.of("init_value", "alpha", "exponent")),
            Map.entry("optax.warmup_constant_schedule(init_value=0.0, peak_value=1.0, warmup_steps=5)",
                    List.of("init_value", "peak_value")),
            Map.entry("optax.warmup_cosine_decay_schedule(init_value=0.0, peak_value=1.0, warmup_steps=5,"
                    + " decay_steps=10, end_value=0.1, exponent=1.5)",
                    List.of("init_value", "peak_value", "end_value", "exponent")),
            Map.entry("optax.warmup_exponential_decay_schedule(init_value=0.0, peak_value=1.0, warmup_steps=5,"
                    + " transition_steps=10, decay_rate=0.5, end_value=0.01)",
                    List.of("init_value", "peak_value", "decay_rate", "end_value")),
            Map.entry("optax.linear_onecycle_schedule(transition_steps=10, peak_value=1.0, pct_start=0.3,"
                    + " pct_final=0.85, div_factor=25.0, final_div_factor=10000.0)",
                    List.of("peak_value", "pct_start", "pct_final", "div_factor", "final_div_factor")),
            Map.entry("optax.cosine_onecycle_schedule(transition_steps=10, peak_value=1.0, pct_start=0.3,"
                    + " div_factor=25.0, final_div_factor=10000.0)",
                    List.of("peak_value", "pct_start", "div_factor", "final_div_factor")),
            Map.entry("optax.sgdr_schedule(cosine_kwargs=[optax.warmup_cosine_decay_schedule(init_value=0.0,"
                    + " peak_value=1.0, warmup_steps=5, decay_steps=10, end_value=0.1, exponent=1.5)])",
                    List.of("init_value", "peak_value", "end_value", "exponent")),
            Map.entry("optax.join_schedules(schedules=[optax.constant_schedule(value=0.1),"
                    + " optax.cosine_decay_schedule(init_value=1.0, decay_steps=10)], boundaries=[5])",
                    List.of("value", "init_value")),
            // PyTorch
            Map.entry("torch.StepLR(lr=0.1, step_size=3, gamma=0.5)", List.of("lr", "gamma")),
            Map.entry("torch.MultiStepLR(lr=0.1, milestones=[3, 5], gamma=0.5)", List.of("lr", "gamma")),
            Map.entry("torch.ConstantLR(lr=0.1, factor=0.5)", List.of("lr", "factor")),
            Map.entry("torch.LinearLR(lr=0.1, start_factor=0.5, end_factor=0.9)",
                    List.of("lr", "start_factor", "end_factor")),
            Map.entry("torch.ExponentialLR(lr=0.1, gamma=0.9)", List.of("lr", "gamma")),
            Map.entry("torch.PolynomialLR(lr=0.1, power=2.0)", List.of("lr", "power")),
            Map.entry("torch.CosineAnnealingLR(lr=0.1, T_max=10, eta_min=0.001)", List.of("lr", "eta_min")),
            Map.entry("torch.CosineAnnealingWarmRestarts(lr=0.1, T_0=10, eta_min=0.001)", List.of("lr", "eta_min")),
            Map.entry("torch.CyclicLR(base_lr=0.01, max_lr=0.1, step_size_up=5, step_size_down=3, mode=exp_range,"
                    + " gamma=0.9, base_momentum=0.8, max_momentum=0.9)",
                    List.of("base_lr", "max_lr", "step_size_up", "step_size_down", "gamma", "base_momentum",
                            "max_momentum")),
            Map.entry("torch.OneCycleLR(max_lr=0.1, total_steps=100, pct_start=0.25, base_momentum=0.85,"
                    + " max_momentum=0.95, div_factor=25.0, final_div_factor=10000.0)",
                    List.of("max_lr", "pct_start", "base_momentum", "max_momentum", "div_factor", "final_div_factor")),
            Map.entry("torch.SequentialLR(lr=0.1, schedulers=[torch.ConstantLR(factor=0.5),"
                    + " torch.ExponentialLR(gamma=0.9)], milestones=[5])", List.of("lr", "factor", "gamma")),
            Map.entry("torch.ChainedScheduler(lr=0.1, schedulers=[torch.ConstantLR(factor=0.5),"
                    + " torch.CosineAnnealingLR(T_max=10, eta_min=0.001)])", List.of("lr", "factor", "eta_min")),
            Map.entry("transformers.get_constant_schedule(lr=0.1)", List.of("lr")),
            Map.entry("transformers.get_constant_schedule_with_warmup(lr=0.1, num_warmup_steps=3)", List.of("lr")),
            Map.entry("transformers.get_linear_schedule_with_warmup(lr=0.1, num_warmup_steps=3, num_training_steps=10)",
                    List.of("lr")),
            Map.entry("transformers.get_cosine_schedule_with_warmup(lr=0.1, num_warmup_steps=3, num_training_steps=10,"
                    + " num_cycles=0.5)", List.of("lr", "num_cycles")),
            Map.entry("transformers.get_cosine_with_hard_restarts_schedule_with_warmup(lr=0.1, num_warmup_steps=3,"
                    + " num_training_steps=10, num_cycles=2.0)", List.of("lr", "num_cycles")),
            Map.entry("transformers.get_polynomial_decay_schedule_with_warmup(lr=0.1, num_warmup_steps=3,"
                    + " num_training_steps=10, lr_end=1e-7, power=2.0)", List.of("lr", "lr_end", "power")),
            Map.entry("transformers.get_inverse_sqrt_schedule(lr=0.1, num_warmup_steps=3)", List.of("lr")),
            Map.entry("transformers.get_cosine_with_min_lr_schedule_with_warmup(lr=0.1, num_warmup_steps=3,"
                    + " num_training_steps=10, num_cycles=0.5, min_lr=0.01)", List.of("lr", "num_cycles", "min_lr")),
            Map.entry("transformers.get_cosine_with_min_lr_schedule_with_warmup(lr=0.1, num_warmup_steps=3,"
                    + " num_training_steps=10, min_lr_rate=0.1)", List.of("min_lr_rate")),
            Map.entry("transformers.get_wsd_schedule(lr=0.1, num_warmup_steps=3, num_decay_steps=3,"
                    + " num_stable_steps=3, min_lr_ratio=0.1, num_cycles=0.5)", List.of("lr", "min_lr_ratio",
                    "num_cycles")),
            Map.entry("keras.ExponentialDecay(initial_learning_rate=0.1, decay_steps=10, decay_rate=0.5)",
                    List.of("initial_learning_rate", "decay_rate")),
            // lists: their non-finite members are in outOfRange
            Map.entry("keras.PiecewiseConstantDecay(boundaries=[10, 20.5], values=[0.1, 0.01, 0.001])", List.of()),
            Map.entry("keras.PolynomialDecay(initial_learning_rate=0.1, decay_steps=10, end_learning_rate=0.001,"
                    + " power=2.0)", List.of("initial_learning_rate", "end_learning_rate", "power")),
            Map.entry("keras.InverseTimeDecay(initial_learning_rate=0.1, decay_steps=10, decay_rate=0.5)",
                    List.of("initial_learning_rate", "decay_rate")),
            Map.entry("keras.CosineDecay(initial_learning_rate=0.1, decay_steps=10, alpha=0.1, warmup_target=1.0,"
                    + " warmup_steps=5)", List.of("initial_learning_rate", "alpha", "warmup_target")),
            Map.entry("keras.CosineDecayRestarts(initial_learning_rate=0.1, first_decay_steps=10, t_mul=1.5,"
                    + " m_mul=0.5, alpha=0.1)", List.of("initial_learning_rate", "t_mul", "m_mul", "alpha")),
            Map.entry("timm.CosineLRScheduler(lr=0.1, t_initial=10, lr_min=0.001, cycle_mul=1.5, cycle_decay=0.5,"
                    + " warmup_t=2, warmup_lr_init=0.01, noise_pct=0.5, noise_std=0.5, k_decay=2.0)",
                    List.of("lr", "lr_min", "cycle_mul", "cycle_decay", "warmup_lr_init", "noise_pct", "noise_std",
                            "k_decay")),
            Map.entry("timm.TanhLRScheduler(lr=0.1, t_initial=10, lb=-6.0, ub=2.0, lr_min=0.001, cycle_mul=2.0,"
                    + " cycle_decay=0.5, warmup_t=2, warmup_lr_init=0.01)",
                    List.of("lr", "lb", "ub", "lr_min", "cycle_mul", "cycle_decay", "warmup_lr_init")),
            Map.entry("timm.PolyLRScheduler(lr=0.1, t_initial=10, power=2.0, lr_min=0.001, cycle_mul=0.5,"
                    + " cycle_decay=0.5, warmup_t=2, warmup_lr_init=0.01, k_decay=0.5)",
                    List.of("lr", "power", "lr_min", "cycle_mul", "cycle_decay", "warmup_lr_init", "k_decay")),
            Map.entry("timm.StepLRScheduler(lr=0.1, decay_t=2.4, decay_rate=0.97, warmup_t=2, warmup_lr_init=0.01)",
                    List.of("lr", "decay_t", "decay_rate", "warmup_lr_init")),
            Map.entry("timm.MultiStepLRScheduler(lr=0.1, decay_t=[3, 6], decay_rate=0.5, warmup_t=2,"
                    + " warmup_lr_init=0.01)", List.of("lr", "decay_rate", "warmup_lr_init")));

    /** How the value appears in the message, for each way of writing a non-finite number. */
    private static final Map<String, String> NON_FINITE = Map.of("nan", "NaN", "inf", "Infinity", "-inf", "-Infinity",
            "+inf", "Infinity");

    /** {@code spec} with the value of {@code param} (which must occur once) replaced by {@code value}. */
    static String with(String spec, String param, String value) {
        Matcher m = Pattern.compile("(?<=[(, ])" + param + "=[^,()\\[\\]]+").matcher(spec);
        assertThat(m.results().count()).as("%s in %s", param, spec).isEqualTo(1);
        return m.reset().replaceFirst(Matcher.quoteReplacement(param + "=" + value));
    }

    static Stream<Arguments> nonFiniteNumbers() {
        List<Arguments> cases = new ArrayList<>();
        REAL_PARAMETERS.forEach((spec, params) -> params.forEach(p -> NON_FINITE.forEach(
                (text, printed) -> cases.add(Arguments.of(with(spec, p, text), p, printed)))));
        return cases.stream();
    }

    static Stream<Arguments> outOfRange() {
        return Stream.of(
                // lengths <= 0
                Arguments.of("triangular(min_lr=0.1, max_lr=1.0, cycle_length=0)", "cycle_length", "0"),
                Arguments.of("triangular(min_lr=0.1, max_lr=1.0, cycle_length=-3)", "cycle_length", "-3"),
                Arguments.of("triangular(min_lr=0.1, max_lr=1.0, cycle_length=-0.5)", "cycle_length", "-0.5"),
                Arguments.of("cosine(min_lr=0.1, max_lr=1.0, cycle_length=0.0)", "cycle_length", "0.0"),
                Arguments.of("cyclical(shape=cosine(min_lr=0.1, max_lr=1.0), cycle_length=0)", "cycle_length", "0"),
                Arguments.of("cyclical(shape=cosine(min_lr=0.1, max_lr=1.0), cycle_length=-1.5)", "cycle_length", "-1.5"),
                Arguments.of("one_cycle(start_lr=0.1, max_lr=1.0, cycle_length=0)", "cycle_length", "0"),
                Arguments.of("one_cycle(start_lr=0.1, max_lr=1.0, cycle_length=10, cooldown_length=-1)",
                        "cooldown_length", "-1"),
                Arguments.of("flax_triangular(lr_min=0.1, lr_max=1.0, steps_per_cycle=0)", "steps_per_cycle", "0"),
                Arguments.of("flax_triangular(lr_min=0.1, lr_max=1.0, steps_per_cycle=-2)", "steps_per_cycle", "-2"),
                Arguments.of("linear_warmup(schedule=mxnet_factor(step=3), start_lr=0.0, length=-1)", "length", "-1"),
                Arguments.of("linear_cooldown(schedule=mxnet_factor(step=3), finish_lr=0.0, start_idx=5, length=-1)",
                        "length", "-1"),
                Arguments.of("linear_cooldown(schedule=mxnet_factor(step=3), finish_lr=0.0, start_idx=-1, length=5)",
                        "start_idx", "-1"),
                // inc_fraction outside (0, 1]
                Arguments.of("triangular(min_lr=0.1, max_lr=1.0, cycle_length=10, inc_fraction=0.0)", "inc_fraction", "0.0"),
                Arguments.of("triangular(min_lr=0.1, max_lr=1.0, cycle_length=10, inc_fraction=-0.25)", "inc_fraction",
                        "-0.25"),
                Arguments.of("triangular(min_lr=0.1, max_lr=1.0, cycle_length=10, inc_fraction=1.0000000000000002)",
                        "inc_fraction", "1.0000000000000002"),
                Arguments.of("cyclical(shape=triangular(min_lr=0.1, max_lr=1.0, inc_fraction=2), cycle_length=10)",
                        "inc_fraction", "2.0"),
                // decays <= 0
                // an integer decay stays an integer (it multiplies lengths exactly), and is echoed as written
                Arguments.of("cyclical(shape=cosine(min_lr=0.1, max_lr=1.0), cycle_length=10, cycle_length_decay=0)",
                        "cycle_length_decay", "0"),
                Arguments.of("cyclical(shape=cosine(min_lr=0.1, max_lr=1.0), cycle_length=10, cycle_length_decay=-2)",
                        "cycle_length_decay", "-2"),
                Arguments.of("cyclical(shape=cosine(min_lr=0.1, max_lr=1.0), cycle_length=10, cycle_length_decay=-2.0)",
                        "cycle_length_decay", "-2.0"),
                Arguments.of("cyclical(shape=cosine(min_lr=0.1, max_lr=1.0), cycle_length=10, cycle_magnitude_decay=0)",
                        "cycle_magnitude_decay", "0.0"),
                Arguments.of("cyclical(shape=cosine(min_lr=0.1, max_lr=1.0), cycle_length=10,"
                        + " cycle_magnitude_decay=-0.5)", "cycle_magnitude_decay", "-0.5"),
                Arguments.of("mxnet_factor(step=10, factor=0.0)", "factor", "0.0"),
                Arguments.of("mxnet_factor(step=10, factor=-0.5)", "factor", "-0.5"),
                Arguments.of("mxnet_multifactor(step=[10], factor=0)", "factor", "0.0"),
                // the 1-cycle's finish_lr goes with a cool-down, both ways
                Arguments.of("one_cycle(start_lr=0.1, max_lr=1.0, cycle_length=10, cooldown_length=5)",
                        "cooldown_length", "5"),
                Arguments.of("one_cycle(start_lr=0.1, max_lr=1.0, cycle_length=10, finish_lr=0.001)", "finish_lr", "0.001"),
                Arguments.of("one_cycle(start_lr=0.1, max_lr=1.0, cycle_length=10, cooldown_length=0, finish_lr=0.5)",
                        "finish_lr", "0.5"),
                // MXNet's own checks
                Arguments.of("mxnet_factor(step=0)", "step", "0"),
                Arguments.of("mxnet_factor(step=-10)", "step", "-10"),
                Arguments.of("mxnet_factor(step=10, factor=1.5)", "factor", "1.5"),
                Arguments.of("mxnet_multifactor(step=[10], factor=1.0000000000000002)", "factor", "1.0000000000000002"),
                Arguments.of("mxnet_multifactor(step=[])", "step", "[]"),
                Arguments.of("mxnet_multifactor(step=[0, 10])", "step", "[0, 10]"),
                Arguments.of("mxnet_multifactor(step=[10, 10])", "step", "[10, 10]"),
                Arguments.of("mxnet_multifactor(step=[10, 20, 15])", "step", "[10, 20, 15]"),
                Arguments.of("mxnet_factor(step=10, base_lr=0.1, warmup_steps=5, warmup_begin_lr=0.2)",
                        "warmup_begin_lr", "0.2"),
                Arguments.of("mxnet_multifactor(step=[10], base_lr=0.1, warmup_begin_lr=0.5)", "warmup_begin_lr", "0.5"),
                Arguments.of("mxnet_poly(max_update=10, base_lr=0.1, warmup_begin_lr=0.11)", "warmup_begin_lr", "0.11"),
                Arguments.of("mxnet_cosine(max_update=10, base_lr=-1.0)", "base_lr", "-1.0"),
                Arguments.of("mxnet_factor(step=10, warmup_steps=-1)", "warmup_steps", "-1"),
                Arguments.of("mxnet_cosine(max_update=10, warmup_steps=-5)", "warmup_steps", "-5"),
                Arguments.of("mxnet_factor(step=10, warmup_steps=3, warmup_mode=cosine)", "warmup_mode", "cosine"),
                Arguments.of("mxnet_poly(max_update=10, warmup_mode='Linear')", "warmup_mode", "Linear"),
                Arguments.of("mxnet_poly(max_update=0)", "max_update", "0"),
                Arguments.of("mxnet_cosine(max_update=-1)", "max_update", "-1"),
                Arguments.of("mxnet_poly(max_update=10, warmup_steps=10)", "warmup_steps", "10"),
                Arguments.of("mxnet_cosine(max_update=10, warmup_steps=11)", "warmup_steps", "11"),
                Arguments.of("mxnet_poly(max_update=10, pwr=-1)", "pwr", "-1.0"),
                Arguments.of("mxnet_poly(max_update=10, pwr=-1e-300)", "pwr", "-1.0E-300"),
                // Optax's own checks, and ours where Optax would return inf or NaN
                Arguments.of("optax.cosine_decay_schedule(init_value=1.0, decay_steps=0)", "decay_steps", "0"),
                Arguments.of("optax.cosine_decay_schedule(init_value=1.0, decay_steps=10, exponent=-1)", "exponent",
                        "-1"),
                Arguments.of("optax.polynomial_schedule(init_value=1.0, end_value=0.0, power=-2, transition_steps=10)",
                        "power", "-2"),
                Arguments.of("optax.exponential_decay(init_value=1.0, transition_steps=2, decay_rate=-0.5)",
                        "decay_rate", "-0.5"),
                Arguments.of("optax.piecewise_constant_schedule(init_value=1.0, boundaries_and_scales={10: -0.5})",
                        "boundaries_and_scales", "-0.5"),
                Arguments.of("optax.piecewise_interpolate_schedule(interpolate_type=linear, init_value=1.0,"
                        + " boundaries_and_scales={5: -3})", "boundaries_and_scales", "-3"),
                Arguments.of("optax.piecewise_interpolate_schedule(interpolate_type=cos, init_value=1.0)",
                        "interpolate_type", "cos"),
                Arguments.of("optax.linear_onecycle_schedule(transition_steps=0, peak_value=1.0)", "transition_steps",
                        "0"),
                Arguments.of("optax.linear_onecycle_schedule(transition_steps=10, peak_value=1.0, div_factor=0.0)",
                        "div_factor", "0.0"),
                Arguments.of("optax.linear_onecycle_schedule(transition_steps=10, peak_value=1.0,"
                        + " final_div_factor=-2)", "final_div_factor", "-2"),
                Arguments.of("optax.cosine_onecycle_schedule(transition_steps=-1, peak_value=1.0)", "transition_steps",
                        "-1"),
                Arguments.of("optax.cosine_onecycle_schedule(transition_steps=10, peak_value=1.0,"
                        + " final_div_factor=0.0)", "final_div_factor", "0.0"),
                Arguments.of("optax.warmup_cosine_decay_schedule(init_value=0.0, peak_value=1.0, warmup_steps=-5,"
                        + " decay_steps=10)", "warmup_steps", "-5"),
                Arguments.of("optax.warmup_cosine_decay_schedule(init_value=0.0, peak_value=1.0, warmup_steps=10,"
                        + " decay_steps=10)", "decay_steps", "10"),
                Arguments.of("optax.warmup_exponential_decay_schedule(init_value=0.0, peak_value=1.0,"
                        + " warmup_steps=-1, transition_steps=10, decay_rate=0.5)", "warmup_steps", "-1"),
                Arguments.of("optax.sgdr_schedule(cosine_kwargs=[])", "cosine_kwargs", "[]"),
                Arguments.of("optax.sgdr_schedule(cosine_kwargs=[optax.constant_schedule(value=1)])", "cosine_kwargs",
                        "optax.constant_schedule(value=1)"),
                Arguments.of("optax.join_schedules(schedules=[optax.constant_schedule(value=1.0),"
                        + " optax.constant_schedule(value=2.0)], boundaries=[3, 6])", "boundaries", "[3, 6]"),
                Arguments.of("optax.join_schedules(schedules=[optax.constant_schedule(value=1.0),"
                        + " optax.constant_schedule(value=2.0), optax.constant_schedule(value=3.0)],"
                        + " boundaries=[6, 3])", "boundaries", "[6, 3]"),
                // transformers: counts >= 0 (ours), the peer's own checks, and what the peer would raise at a step
                Arguments.of("transformers.get_linear_schedule_with_warmup(lr=0.1, num_warmup_steps=-1,"
                        + " num_training_steps=10)", "num_warmup_steps", "-1"),
                Arguments.of("transformers.get_cosine_schedule_with_warmup(lr=0.1, num_warmup_steps=1,"
                        + " num_training_steps=-10)", "num_training_steps", "-10"),
                Arguments.of("transformers.get_cosine_schedule_with_warmup(lr=0.1, num_warmup_steps=1,"
                        + " num_training_steps=10, num_cycles=1e308)", "num_cycles", "1.0E308"),
                Arguments.of("transformers.get_cosine_with_hard_restarts_schedule_with_warmup(lr=0.1,"
                        + " num_warmup_steps=1, num_training_steps=10, num_cycles=4503599627370496)", "num_cycles",
                        "4.503599627370496E15"),
                Arguments.of("transformers.get_polynomial_decay_schedule_with_warmup(lr=0.1, num_warmup_steps=1,"
                        + " num_training_steps=10, lr_end=0.2)", "lr_end", "0.2"),
                Arguments.of("transformers.get_polynomial_decay_schedule_with_warmup(lr=0.0, num_warmup_steps=1,"
                        + " num_training_steps=10, lr_end=-0.5)", "lr", "0.0"),
                Arguments.of("transformers.get_inverse_sqrt_schedule(lr=0.1, num_warmup_steps=1, timescale=0)",
                        "timescale", "0"),
                Arguments.of("transformers.get_inverse_sqrt_schedule(lr=0.1, num_warmup_steps=1, timescale=2.5)",
                        "timescale", "2.5"),
                Arguments.of("transformers.get_cosine_with_min_lr_schedule_with_warmup(lr=0.0, num_warmup_steps=1,"
                        + " num_training_steps=10, min_lr=0.01)", "min_lr", "0.01"),
                Arguments.of("transformers.get_cosine_with_min_lr_schedule_with_warmup(lr=0.1, num_warmup_steps=1,"
                        + " num_training_steps=10, min_lr=0.01, min_lr_rate=0.5)", "min_lr", "0.01"),
                Arguments.of("transformers.get_wsd_schedule(lr=0.1, num_warmup_steps=1, num_decay_steps=10,"
                        + " num_stable_steps=1, warmup_type=exp)", "warmup_type", "exp"),
                Arguments.of("transformers.get_wsd_schedule(lr=0.1, num_warmup_steps=1, num_decay_steps=10,"
                        + " num_stable_steps=1, decay_type=sqrt)", "decay_type", "sqrt"),
                Arguments.of("transformers.get_wsd_schedule(lr=0.1, num_warmup_steps=1, num_decay_steps=-10,"
                        + " num_stable_steps=1)", "num_decay_steps", "-10"),
                // Keras: its own decay_steps <= 0, and what would be NaN or infinite
                Arguments.of("keras.ExponentialDecay(initial_learning_rate=0.1, decay_steps=0, decay_rate=0.5)",
                        "decay_steps", "0"),
                Arguments.of("keras.ExponentialDecay(initial_learning_rate=0.1, decay_steps=10, decay_rate=-0.5)",
                        "decay_rate", "-0.5"),
                Arguments.of("keras.InverseTimeDecay(initial_learning_rate=0.1, decay_steps=2.5, decay_rate=0.5)",
                        "decay_steps", "2.5"),
                Arguments.of("keras.PolynomialDecay(initial_learning_rate=0.1, decay_steps=10, power=-1)", "power",
                        "-1.0"),
                Arguments.of("keras.CosineDecay(initial_learning_rate=0.1, decay_steps=10, warmup_steps=-1,"
                        + " warmup_target=1.0)", "warmup_steps", "-1"),
                Arguments.of("keras.CosineDecayRestarts(initial_learning_rate=0.1, first_decay_steps=-1)",
                        "first_decay_steps", "-1"),
                Arguments.of("keras.CosineDecayRestarts(initial_learning_rate=0.1, first_decay_steps=10, t_mul=-2.0)",
                        "t_mul", "-2.0"),
                Arguments.of("keras.PiecewiseConstantDecay(boundaries=[10], values=[0.1, nan])", "values", "NaN"),
                Arguments.of("keras.PiecewiseConstantDecay(boundaries=[10, inf], values=[0.1, 0.2, 0.3])",
                        "boundaries", "Infinity"),
                Arguments.of("keras.PiecewiseConstantDecay(boundaries=[10, 10.0], values=[0.1, 0.2, 0.3])",
                        "boundaries", "[10, 10.0]"),
                Arguments.of("keras.PiecewiseConstantDecay(boundaries=[10, 20], values=[0.1, 0.2])", "values",
                        "[0.1, 0.2]"),
                // timm's own checks (asserts, log domains), and the ones lrsched adds
                Arguments.of("timm.CosineLRScheduler(lr=0.1, t_initial=0)", "t_initial", "0"),
                Arguments.of("timm.TanhLRScheduler(lr=0.1, t_initial=-5)", "t_initial", "-5"),
                Arguments.of("timm.CosineLRScheduler(lr=0.1, t_initial=10, lr_min=-0.5)", "lr_min", "-0.5"),
                Arguments.of("timm.PolyLRScheduler(lr=0.1, t_initial=10, cycle_mul=0.0)", "cycle_mul", "0.0"),
                Arguments.of("timm.TanhLRScheduler(lr=0.1, t_initial=10, cycle_mul=-2)", "cycle_mul", "-2.0"),
                Arguments.of("timm.CosineLRScheduler(lr=0.1, t_initial=10, cycle_limit=-1)", "cycle_limit", "-1"),
                Arguments.of("timm.CosineLRScheduler(lr=0.1, t_initial=10, k_decay=-1.0)", "k_decay", "-1.0"),
                Arguments.of("timm.PolyLRScheduler(lr=0.1, t_initial=10, k_decay=1025)", "k_decay", "1025"),
                Arguments.of("timm.CosineLRScheduler(lr=0.1, t_initial=10, warmup_t=-1)", "warmup_t", "-1"),
                Arguments.of("timm.TanhLRScheduler(lr=0.1, t_initial=10, lb=3.0, ub=3.0)", "lb", "3.0"),
                Arguments.of("timm.TanhLRScheduler(lr=0.1, t_initial=10, warmup_t=2, warmup_lr_init=-0.1)",
                        "warmup_lr_init", "-0.1"),
                Arguments.of("timm.PolyLRScheduler(lr=0.1, t_initial=10, power=-1.0)", "power", "-1.0"),
                Arguments.of("timm.StepLRScheduler(lr=0.1, decay_t=0)", "decay_t", "0"),
                Arguments.of("timm.StepLRScheduler(lr=0.1, decay_t=-2.4)", "decay_t", "-2.4"),
                Arguments.of("timm.MultiStepLRScheduler(lr=0.1, decay_t=[20, 10])", "decay_t", "[20, 10]"),
                Arguments.of("timm.MultiStepLRScheduler(lr=0.1, decay_t=[-1, 10])", "decay_t", "[-1, 10]"),
                Arguments.of("timm.CosineLRScheduler(lr=0.1, t_initial=10, noise_range_t=[2, 5])", "noise_range_t",
                        "[2, 5]"),
                Arguments.of("timm.StepLRScheduler(lr=0.1, decay_t=3, noise_range_t=7)", "noise_range_t", "7"),
                Arguments.of("timm.MultiStepLRScheduler(lr=0.1, decay_t=[3], initialize=False)", "initialize",
                        "False"),
                Arguments.of("timm.CosineLRScheduler(lr=1e308, t_initial=10, lr_min=0, warmup_t=3,"
                        + " warmup_lr_init=-1e308)", "warmup_lr_init", "-1.0E308"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"nonFiniteNumbers", "outOfRange"})
    void isRejectedWithItsNameAndValue(String spec, String param, String value) {
        Spec parsed = SpecText.parse(spec);
        assertThatThrownBy(() -> ScheduleTypes.build(parsed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(param).hasMessageContaining(value);
    }

    @Test
    void theSpecsAreValidWithoutTheBadValue() {
        for (String spec : REAL_PARAMETERS.keySet()) {
            assertThat(ScheduleTypes.build(SpecText.parse(spec)).spec().type()).isEqualTo(SpecText.parse(spec).type());
        }
    }

    /** A constructor call that must fail, the parameter it must name and the value as the message prints it. */
    record Bad(String param, String value, ThrowingCallable construct) {}

    static Stream<Arguments> constructorCases() {
        List<Bad> bad = new ArrayList<>();
        CycleLength ten = CycleLength.of(10);
        Schedule inner = new FlaxTriangularSchedule(0.1, 1.0, 10);
        MxnetWarmup none = MxnetWarmup.NONE;
        for (double x : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            String v = String.valueOf(x);
            bad.add(new Bad("min_lr", v, () -> new TriangularSchedule(x, 1.0, ten, 0.5)));
            bad.add(new Bad("max_lr", v, () -> new TriangularSchedule(0.1, x, ten, 0.5)));
            bad.add(new Bad("inc_fraction", v, () -> new TriangularSchedule(0.1, 1.0, ten, x)));
            bad.add(new Bad("cycle_length", v, () -> CycleLength.of(x)));
            bad.add(new Bad("min_lr", v, () -> new TriangularShape(x, 1.0, 0.5)));
            bad.add(new Bad("max_lr", v, () -> new TriangularShape(0.1, x, 0.5)));
            bad.add(new Bad("inc_fraction", v, () -> new TriangularShape(0.1, 1.0, x)));
            bad.add(new Bad("min_lr", v, () -> new CosineAnnealingSchedule(x, 1.0, ten)));
            bad.add(new Bad("max_lr", v, () -> new CosineAnnealingSchedule(0.1, x, ten)));
            bad.add(new Bad("min_lr", v, () -> new CosineShape(x, 1.0)));
            bad.add(new Bad("max_lr", v, () -> new CosineShape(0.1, x)));
            bad.add(new Bad("cycle_length_decay", v, () -> new CyclicalSchedule(new CosineShape(0.1, 1.0), ten, x, 1.0)));
            bad.add(new Bad("cycle_magnitude_decay", v,
                    () -> new CyclicalSchedule(new CosineShape(0.1, 1.0), ten, 1.0, x)));
            bad.add(new Bad("start_lr", v, () -> new LinearWarmUp(inner, x, 5)));
            bad.add(new Bad("finish_lr", v, () -> new LinearCoolDown(inner, x, 5, 5)));
            bad.add(new Bad("start_lr", v, () -> new OneCycleSchedule(x, 1.0, 10, 5, 0.01)));
            bad.add(new Bad("max_lr", v, () -> new OneCycleSchedule(0.1, x, 10, 5, 0.01)));
            bad.add(new Bad("finish_lr", v, () -> new OneCycleSchedule(0.1, 1.0, 10, 5, x)));
            bad.add(new Bad("lr_min", v, () -> new FlaxTriangularSchedule(x, 1.0, 10)));
            bad.add(new Bad("lr_max", v, () -> new FlaxTriangularSchedule(0.1, x, 10)));
            bad.add(new Bad("factor", v, () -> new MxnetFactorScheduler(10, x, 1e-8, 1.0, none)));
            bad.add(new Bad("stop_factor_lr", v, () -> new MxnetFactorScheduler(10, 0.5, x, 1.0, none)));
            bad.add(new Bad("base_lr", v, () -> new MxnetFactorScheduler(10, 0.5, 1e-8, x, none)));
            bad.add(new Bad("factor", v, () -> new MxnetMultiFactorScheduler(new long[] {10}, x, 1.0, none)));
            bad.add(new Bad("base_lr", v, () -> new MxnetMultiFactorScheduler(new long[] {10}, 0.5, x, none)));
            bad.add(new Bad("base_lr", v, () -> new MxnetPolyScheduler(100, x, 2.0, 0.0, none)));
            bad.add(new Bad("pwr", v, () -> new MxnetPolyScheduler(100, 1.0, x, 0.0, none)));
            bad.add(new Bad("final_lr", v, () -> new MxnetPolyScheduler(100, 1.0, 2.0, x, none)));
            bad.add(new Bad("base_lr", v, () -> new MxnetCosineScheduler(100, x, 0.0, none)));
            bad.add(new Bad("final_lr", v, () -> new MxnetCosineScheduler(100, 1.0, x, none)));
            bad.add(new Bad("warmup_begin_lr", v, () -> new MxnetWarmup(5, x, MxnetWarmup.Mode.LINEAR)));
        }
        bad.add(new Bad("cycle_length", "0", () -> CycleLength.of(0L)));
        bad.add(new Bad("cycle_length", "-0.5", () -> CycleLength.of(-0.5)));
        bad.add(new Bad("cycle_length", "0", () -> new OneCycleSchedule(0.1, 1.0, 0, 0, null)));
        bad.add(new Bad("cooldown_length", "-1", () -> new OneCycleSchedule(0.1, 1.0, 10, -1, null)));
        bad.add(new Bad("cooldown_length", "5", () -> new OneCycleSchedule(0.1, 1.0, 10, 5, null)));
        bad.add(new Bad("finish_lr", "0.01", () -> new OneCycleSchedule(0.1, 1.0, 10, 0, 0.01)));
        bad.add(new Bad("steps_per_cycle", "0", () -> new FlaxTriangularSchedule(0.1, 1.0, 0)));
        bad.add(new Bad("length", "-1", () -> new LinearWarmUp(inner, 0.0, -1)));
        bad.add(new Bad("length", "-1", () -> new LinearCoolDown(inner, 0.0, 5, -1)));
        bad.add(new Bad("start_idx", "-1", () -> new LinearCoolDown(inner, 0.0, -1, 5)));
        bad.add(new Bad("inc_fraction", "0.0", () -> new TriangularShape(0.1, 1.0, 0.0)));
        bad.add(new Bad("inc_fraction", "1.5", () -> new TriangularSchedule(0.1, 1.0, ten, 1.5)));
        bad.add(new Bad("cycle_length_decay", "0.0", () -> new CyclicalSchedule(new CosineShape(0.1, 1.0), ten, 0.0, 1.0)));
        bad.add(new Bad("cycle_magnitude_decay", "-1.0",
                () -> new CyclicalSchedule(new CosineShape(0.1, 1.0), ten, 1.0, -1.0)));
        bad.add(new Bad("step", "0", () -> new MxnetFactorScheduler(0, 0.5, 1e-8, 1.0, none)));
        bad.add(new Bad("factor", "1.5", () -> new MxnetFactorScheduler(10, 1.5, 1e-8, 1.0, none)));
        bad.add(new Bad("factor", "0.0", () -> new MxnetFactorScheduler(10, 0.0, 1e-8, 1.0, none)));
        bad.add(new Bad("step", "[]", () -> new MxnetMultiFactorScheduler(new long[0], 0.5, 1.0, none)));
        bad.add(new Bad("step", "[5, 5]", () -> new MxnetMultiFactorScheduler(new long[] {5, 5}, 0.5, 1.0, none)));
        bad.add(new Bad("step", "[0]", () -> new MxnetMultiFactorScheduler(new long[] {0}, 0.5, 1.0, none)));
        bad.add(new Bad("factor", "2.0", () -> new MxnetMultiFactorScheduler(new long[] {5}, 2.0, 1.0, none)));
        bad.add(new Bad("warmup_begin_lr", "0.5", () -> new MxnetFactorScheduler(10, 0.5, 1e-8, 0.1, new MxnetWarmup(5, 0.5, MxnetWarmup.Mode.LINEAR))));
        bad.add(new Bad("warmup_steps", "-1", () -> new MxnetWarmup(-1, 0.0, MxnetWarmup.Mode.LINEAR)));
        bad.add(new Bad("warmup_mode", "exponential", () -> MxnetWarmup.Mode.parse("exponential")));
        MxnetWarmup warmup100 = new MxnetWarmup(100, 0.0, MxnetWarmup.Mode.LINEAR);
        bad.add(new Bad("max_update", "0", () -> new MxnetPolyScheduler(0, 1.0, 2.0, 0.0, none)));
        bad.add(new Bad("max_update", "0", () -> new MxnetCosineScheduler(0, 1.0, 0.0, none)));
        bad.add(new Bad("warmup_steps", "100", () -> new MxnetPolyScheduler(100, 1.0, 2.0, 0.0, warmup100)));
        bad.add(new Bad("warmup_steps", "100", () -> new MxnetCosineScheduler(50, 1.0, 0.0, warmup100)));
        bad.add(new Bad("pwr", "-0.5", () -> new MxnetPolyScheduler(100, 1.0, -0.5, 0.0, none)));
        return bad.stream().map(b -> Arguments.of(b.param() + "=" + b.value(), b));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constructorCases")
    void constructorRejects(String label, Bad bad) {
        assertThatThrownBy(bad.construct()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(bad.param()).hasMessageContaining(bad.value());
    }

    @Test
    void everyTypeHasItsRealParametersChecked() {
        assertThat(REAL_PARAMETERS.keySet().stream().map(s -> SpecText.parse(s).type()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(ScheduleTypes.names());
    }
}
