package org.lrsched.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lrsched.Schedule;
import org.lrsched.types.Presets;
import org.lrsched.types.ScheduleTypes;
import org.lrsched.spec.SpecText;

/**
 * Every quirk of the reference Python that docs/DESIGN.md ("What a schedule is") asks us to keep.
 *
 * <p>Expected values were obtained with CPython 3.11 from /work/ref/seed_schedules.py and
 * /work/ref/mx_lr_scheduler.py (one fresh instance called in ascending order, floats for real parameters),
 * e.g. {@code CosineAnnealingSchedule(min_lr=0.0, max_lr=1.0, cycle_length=1000)(83)}; each is noted where used.
 */
class QuirksTest {

    private static Schedule build(String spec) {
        return ScheduleTypes.build(SpecText.parse(spec));
    }

    /** Bit-identity, with both values in the message. */
    private static void assertBits(double actual, double expected, String what) {
        assertThat(Double.doubleToRawLongBits(actual)).as("%s: %s, expected %s", what, actual, expected)
                .isEqualTo(Double.doubleToRawLongBits(expected));
    }

    @Test
    void cosineAngleIsIterationTimesPiThenDividedByLength() {
        Schedule s = build("cosine(min_lr=0.0, max_lr=1.0, cycle_length=1000)");
        // Python: CosineAnnealingSchedule(min_lr=0.0, max_lr=1.0, cycle_length=1000)(83) -> 0.9830981656408573;
        // with the angle 83 * (pi / 1000) instead, Python gives 0.9830981656408574
        assertThat(83 * Math.PI / 1000).isNotEqualTo(83 * (Math.PI / 1000));
        assertBits(s.at(83), 0.9830981656408573, "cosine at 83");
    }

    @Test
    void peakComparesTheStepWithTheRoundedProduct() {
        // 20 * 0.95 rounds up to 19.0 while the exact product of 20 and the double 0.95 is below 19
        assertThat(20 * 0.95).isEqualTo(19.0);
        assertThat(new BigDecimal(20).multiply(new BigDecimal(0.95))).isLessThan(new BigDecimal(19));
        Schedule s = build("triangular(min_lr=0.0, max_lr=1.0, cycle_length=20, inc_fraction=0.95)");
        // Python: TriangularSchedule(0.0, 1.0, 20, 0.95)(19) -> 1.0 (rising branch);
        // the falling branch (exact comparison) would give 0.9999999999999991
        assertBits(s.at(19), 1.0, "triangular at 19");
    }

    @Test
    void mxnetFactorDecaysByRepeatedMultiplication() {
        Schedule s = build("mxnet_factor(step=1, factor=0.9, stop_factor_lr=0.0, base_lr=1.0)");
        // Python: FactorScheduler(step=1, factor=0.9, stop_factor_lr=0.0, base_lr=1.0) called at 0..7: at 6 ->
        // 0.5904900000000002 (pow(0.9, 5) is 0.5904900000000001), at 7 -> 0.5314410000000002 (pow(0.9, 6) is 0.531441)
        for (int k : new int[] {5, 6}) { // pow must give other bits here, or this test would not tell them apart
            assertThat(StrictMath.pow(0.9, k)).isNotIn(0.5904900000000002, 0.5314410000000002);
            assertThat(Math.pow(0.9, k)).isNotIn(0.5904900000000002, 0.5314410000000002);
        }
        assertBits(s.at(6), 0.5904900000000002, "factor at 6");
        assertBits(s.at(7), 0.5314410000000002, "factor at 7");
    }

    @Test
    void mxnetMultiFactorDecaysByRepeatedMultiplication() {
        Schedule s = build("mxnet_multifactor(step=[1, 2, 3, 4, 5, 6], factor=0.9, base_lr=1.0)");
        // Python: MultiFactorScheduler(step=[1, 2, 3, 4, 5, 6], factor=0.9, base_lr=1.0) at 0..8: at 7 and 8
        // -> 0.5314410000000002 (six multiplications; pow(0.9, 6) is 0.531441)
        assertBits(s.at(7), 0.5314410000000002, "multifactor at 7");
        assertBits(s.at(8), 0.5314410000000002, "multifactor at 8");
    }

    @Test
    void deepDecayLevelsAskedOutOfOrderAreTheInOrderProducts() {
        Schedule s = build("mxnet_factor(step=1, factor=0.999, stop_factor_lr=0.0, base_lr=1.0)");
        // Python: FactorScheduler(step=1, factor=0.999, stop_factor_lr=0.0, base_lr=1.0) at 0..10001 in order:
        // 10001 -> 4.517334597704811e-05 (pow(0.999, 10000) is 4.517334597704824e-05), 9000 -> 0.00012297831709425354,
        // 5001 -> 0.006721111959865607, 4097 -> 0.016605034169725637, 2 -> 0.999.
        // Asked highest first, so our levels are replayed from checkpoints.
        assertBits(s.at(10001), 4.517334597704811e-05, "factor at 10001");
        assertBits(s.at(9000), 0.00012297831709425354, "factor at 9000");
        assertBits(s.at(5001), 0.006721111959865607, "factor at 5001");
        assertBits(s.at(4097), 0.016605034169725637, "factor at 4097");
        assertBits(s.at(2), 0.999, "factor at 2");
    }

    @Test
    void cycleLengthIsTheCeilOfTheDoubleProduct() {
        CyclicalSchedule s = (CyclicalSchedule) build(
                "cyclical(shape=triangular(min_lr=0.0, max_lr=1.0), cycle_length=100, cycle_length_decay=1.1)");
        // Python: math.ceil(100 * 1.1) -> 111, so cycle 1 spans steps 100..210.
        assertThat(s.lengths().next(100)).isEqualTo(111);
        // Python: CyclicalSchedule(TriangularSchedule, cycle_length=100, cycle_length_decay=1.1, min_lr=0.0,
        // max_lr=1.0) at 99 -> 0.02, 100 -> 0.0, 155 -> 0.990990990990991, 210 -> 0.018018018018018018, 211 -> 0.0
        assertBits(s.at(99), 0.02, "at 99");
        assertBits(s.at(100), 0.0, "at 100");
        assertBits(s.at(155), 0.990990990990991, "at 155");
        assertBits(s.at(210), 0.018018018018018018, "at 210 (offset 110 of 111)");
        assertBits(s.at(211), 0.0, "at 211");
    }

    @Test
    void aStepOnACycleEndStartsTheNextCycleAtOffsetZero() {
        // Python: CyclicalSchedule(CosineAnnealingSchedule, cycle_length=10, min_lr=0.0, max_lr=1.0) at 10 -> 1.0
        // (offset 10 of cycle 0 would be min_lr)
        assertBits(build("cyclical(shape=cosine(min_lr=0.0, max_lr=1.0), cycle_length=10)").at(10), 1.0, "cosine at 10");
        // Python: the same with TriangularSchedule and inc_fraction=1.0: at 9 -> 0.9, at 10 -> 0.0
        // (offset 10 of cycle 0 would be max_lr)
        Schedule t = build("cyclical(shape=triangular(min_lr=0.0, max_lr=1.0, inc_fraction=1.0), cycle_length=10)");
        assertBits(t.at(9), 0.9, "triangular at 9");
        assertBits(t.at(10), 0.0, "triangular at 10");
        // Python: CyclicalSchedule(TriangularSchedule, cycle_length=500, cycle_magnitude_decay=0.5, min_lr=0.5,
        // max_lr=2.0) at 500 -> 0.25: cycle 1 already, scaled by 0.5
        assertBits(build("cyclical(shape=triangular(min_lr=0.5, max_lr=2.0), cycle_length=500, cycle_magnitude_decay=0.5)")
                .at(500), 0.25, "magnitude-decayed at 500");
    }

    @Test
    void flaxTopIsIntegerDivision() {
        FlaxTriangularSchedule three = (FlaxTriangularSchedule) build(
                "flax_triangular(lr_min=0.0, lr_max=1.0, steps_per_cycle=3)");
        assertThat(three.top()).isEqualTo(2);
        // Python: create_triangular_schedule(0.0, 1.0, 3) at 0..5 -> 0.0, 0.5, 1.0, 0.0, 0.5, 1.0
        double[] expected = {0.0, 0.5, 1.0, 0.0, 0.5, 1.0};
        for (int step = 0; step < expected.length; step++) {
            assertBits(three.at(step), expected[step], "flax P=3 at " + step);
        }
        Schedule one = build("flax_triangular(lr_min=0.003, lr_max=0.03, steps_per_cycle=1)");
        // Python: create_triangular_schedule(0.003, 0.03, 1) at 0, 1, 7 -> 0.003
        for (long step : new long[] {0, 1, 7}) {
            assertBits(one.at(step), 0.003, "flax P=1 at " + step);
        }
        Schedule mnist = build("flax_triangular(lr_min=0.003, lr_max=0.03, steps_per_cycle=117)");
        // Python: create_triangular_schedule(0.003, 0.03, 117) at 58 -> 0.029542372881355933, 59 -> 0.03,
        // 60 -> 0.02954237288135593, 116 -> 0.003915254237288137
        assertBits(mnist.at(58), 0.029542372881355933, "flax P=117 at 58");
        assertBits(mnist.at(59), 0.03, "flax P=117 at 59");
        assertBits(mnist.at(60), 0.02954237288135593, "flax P=117 at 60");
        assertBits(mnist.at(116), 0.003915254237288137, "flax P=117 at 116");
    }

    @Test
    void aNonIntegerFirstCycleLengthIsLegal() {
        Schedule cyclical = build("cyclical(shape=triangular(min_lr=0.0, max_lr=1.0), cycle_length=100.5)");
        // Python: CyclicalSchedule(TriangularSchedule, cycle_length=100.5, min_lr=0.0, max_lr=1.0) at
        // 50 -> 0.9950248756218906, 100 -> 0.009950248756218905 (still cycle 0), 101 -> 0.009900990099009901
        // (cycle 1 of 101 steps, float offset 0.5), 150 -> 0.9801980198019802, 202 -> 0.009900990099009901
        assertBits(cyclical.at(50), 0.9950248756218906, "cyclical at 50");
        assertBits(cyclical.at(100), 0.009950248756218905, "cyclical at 100");
        assertBits(cyclical.at(101), 0.009900990099009901, "cyclical at 101");
        assertBits(cyclical.at(150), 0.9801980198019802, "cyclical at 150");
        assertBits(cyclical.at(202), 0.009900990099009901, "cyclical at 202");
        Schedule single = build("triangular(min_lr=0.0, max_lr=1.0, cycle_length=100.5)");
        // Python: TriangularSchedule(0.0, 1.0, 100.5) at 51 -> 0.9850746268656716, 101 -> 0.0
        assertBits(single.at(51), 0.9850746268656716, "triangular at 51");
        assertBits(single.at(101), 0.0, "triangular at 101");
    }

    @Test
    void cycleStartsPast2To31() {
        Schedule s = build("cyclical(shape=triangular(min_lr=0.0, max_lr=1.0), cycle_length=3000000000)");
        // Python: CyclicalSchedule(TriangularSchedule, cycle_length=3000000000, min_lr=0.0, max_lr=1.0) at
        // 2999999999 -> 6.666666666666666e-10, 3000000000 -> 0.0, 4500000000 -> 1.0, 4500000001 -> 0.9999999993333333
        assertBits(s.at(2999999999L), 6.666666666666666e-10, "at 2999999999");
        assertBits(s.at(3000000000L), 0.0, "at 3000000000");
        assertBits(s.at(4500000000L), 1.0, "at 4500000000");
        assertBits(s.at(4500000001L), 0.9999999993333333, "at 4500000001");
        // Python: create_triangular_schedule(0.003, 0.03, 117)(2**31 + 5) -> 0.010322033898305084
        assertBits(build("flax_triangular(lr_min=0.003, lr_max=0.03, steps_per_cycle=117)").at((1L << 31) + 5),
                0.010322033898305084, "flax at 2^31+5");
    }

    @Test
    void stepsPast2To53CompareExactlyWithFloats() {
        long length = (1L << 54) + 6; // as a double 2^54 + 8, so the peak is 2^53 + 4
        long step = (1L << 53) + 5; // as a double 2^53 + 4: a double comparison would say "at the peak"
        assertThat((double) step <= (double) length * 0.5).isTrue();
        // Python: TriangularSchedule(0.0, 1.0, 2**54 + 6)(2**53 + 5) -> 0.9999999999999996: the int is above the
        // float peak, so the falling branch; the rising branch would give 1.0
        assertBits(build("triangular(min_lr=0.0, max_lr=1.0, cycle_length=" + length + ")").at(step),
                0.9999999999999996, "triangular past 2^53");
    }

    @Test
    void cycleEndsPast2To53AreExactIntegers() {
        Schedule s = build("cyclical(shape=triangular(min_lr=0.0, max_lr=1.0), cycle_length=9007199254740993,"
                + " cycle_length_decay=1.5)");
        // Python: CyclicalSchedule(TriangularSchedule, cycle_length=2**53 + 1, cycle_length_decay=1.5, min_lr=0.0,
        // max_lr=1.0) at 2**53 -> 2.220446049250313e-16 (cycle 0, one step before its end; as a double the end
        // would be 2**53), at 2**53 + 1 -> 0.0 (cycle 1, offset 0)
        assertBits(s.at(1L << 53), 2.220446049250313e-16, "at 2^53");
        assertBits(s.at((1L << 53) + 1), 0.0, "at 2^53+1");
    }

    @Test
    void aCycleThatEndsPast2To63KeepsItsLength() {
        // cycle 1 starts at 2^62 and lasts ceil(2^62 * 3.0) = 3 * 2^62 steps: more than a long holds
        Schedule s = build("cyclical(shape=triangular(min_lr=0.0, max_lr=1.0), cycle_length=4611686018427387904,"
                + " cycle_length_decay=3.0)");
        // Python: CyclicalSchedule(TriangularSchedule, cycle_length=2**62, cycle_length_decay=3.0, min_lr=0.0,
        // max_lr=1.0)(2**62 + 2**61) -> 0.3333333333333333 (offset 2^61 of a 3 * 2^62 cycle)
        assertBits(s.at((1L << 62) + (1L << 61)), 0.3333333333333333, "at 2^62+2^61");
        Schedule sgdr = build("cyclical(shape=triangular(min_lr=0.05, max_lr=1.0, inc_fraction=0.4), cycle_length=1,"
                + " cycle_length_decay=3.0)");
        // Python: CyclicalSchedule(TriangularSchedule, cycle_length=1, cycle_length_decay=3.0, min_lr=0.05,
        // max_lr=1.0, inc_fraction=0.4)(2**63 - 2) -> 0.664285767284084 (cycle 40, 12157665459056928768 steps)
        assertBits(sgdr.at(Long.MAX_VALUE - 1), 0.664285767284084, "at 2^63-2");
    }

    /** One spec of every type, so that every type meets the negative-step rule. */
    static final List<String> ONE_OF_EVERY_TYPE = List.of(
            "triangular(min_lr=0.1, max_lr=1.0, cycle_length=10)",
            "cosine(min_lr=0.1, max_lr=1.0, cycle_length=10)",
            "linear_warmup(schedule=cosine(min_lr=0.1, max_lr=1.0, cycle_length=10), start_lr=0.0, length=5)",
            "linear_cooldown(schedule=cosine(min_lr=0.1, max_lr=1.0, cycle_length=10), finish_lr=0.0, start_idx=5,"
                    + " length=5)",
            "one_cycle(start_lr=0.1, max_lr=1.0, cycle_length=10)",
            "cyclical(shape=triangular(min_lr=0.1, max_lr=1.0), cycle_length=10)",
            "flax_triangular(lr_min=0.1, lr_max=1.0, steps_per_cycle=10)",
            "mxnet_factor(step=10)",
            "mxnet_multifactor(step=[10])",
            "mxnet_poly(max_update=10)",
            "mxnet_cosine(max_update=10)",
            "constant(lr=0.1)",
            "sequence(schedules=[constant(lr=0.1), mxnet_cosine(max_update=10)], boundaries=[3])",
            "optax.constant_schedule(value=0.1)",
            "optax.linear_schedule(init_value=1.0, end_value=0.0, transition_steps=10)",
            "optax.polynomial_schedule(init_value=1.0, end_value=0.0, power=2, transition_steps=10)",
            "optax.piecewise_constant_schedule(init_value=1.0, boundaries_and_scales={5: 0.5})",
            "optax.piecewise_interpolate_schedule(interpolate_type=linear, init_value=1.0,"
                    + " boundaries_and_scales={5: 0.5})",
            "optax.exponential_decay(init_value=1.0, transition_steps=10, decay_rate=0.5)",
            "optax.cosine_decay_schedule(init_value=1.0, decay_steps=10)",
            "optax.warmup_constant_schedule(init_value=0.0, peak_value=1.0, warmup_steps=5)",
            "optax.warmup_cosine_decay_schedule(init_value=0.0, peak_value=1.0, warmup_steps=5, decay_steps=10)",
            "optax.warmup_exponential_decay_schedule(init_value=0.0, peak_value=1.0, warmup_steps=5,"
                    + " transition_steps=10, decay_rate=0.5)",
            "optax.linear_onecycle_schedule(transition_steps=10, peak_value=1.0)",
            "optax.cosine_onecycle_schedule(transition_steps=10, peak_value=1.0)",
            "optax.sgdr_schedule(cosine_kwargs=[optax.warmup_cosine_decay_schedule(init_value=0.0, peak_value=1.0,"
                    + " warmup_steps=5, decay_steps=10)])",
            "optax.join_schedules(schedules=[optax.constant_schedule(value=1.0), optax.constant_schedule(value=2.0)],"
                    + " boundaries=[3])",
            // PyTorch
            "torch.StepLR(lr=0.1, step_size=3)",
            "torch.MultiStepLR(lr=0.1, milestones=[3, 5])",
            "torch.ConstantLR(lr=0.1)",
            "torch.LinearLR(lr=0.1)",
            "torch.ExponentialLR(lr=0.1, gamma=0.9)",
            "torch.PolynomialLR(lr=0.1)",
            "torch.CosineAnnealingLR(lr=0.1, T_max=10)",
            "torch.CosineAnnealingWarmRestarts(lr=0.1, T_0=10, T_mult=2)",
            "torch.CyclicLR(base_lr=0.01, max_lr=0.1, step_size_up=5)",
            "torch.OneCycleLR(max_lr=0.1, total_steps=100)",
            "torch.SequentialLR(lr=0.1, schedulers=[torch.ConstantLR(), torch.ExponentialLR(gamma=0.9)], milestones=[5])",
            "torch.ChainedScheduler(lr=0.1, schedulers=[torch.ConstantLR(), torch.ExponentialLR(gamma=0.9)])",
            "transformers.get_constant_schedule(lr=0.1)",
            "transformers.get_constant_schedule_with_warmup(lr=0.1, num_warmup_steps=3)",
            "transformers.get_linear_schedule_with_warmup(lr=0.1, num_warmup_steps=3, num_training_steps=10)",
            "transformers.get_cosine_schedule_with_warmup(lr=0.1, num_warmup_steps=3, num_training_steps=10)",
            "transformers.get_cosine_with_hard_restarts_schedule_with_warmup(lr=0.1, num_warmup_steps=3,"
                    + " num_training_steps=10)",
            "transformers.get_polynomial_decay_schedule_with_warmup(lr=0.1, num_warmup_steps=3,"
                    + " num_training_steps=10)",
            "transformers.get_inverse_sqrt_schedule(lr=0.1, num_warmup_steps=3)",
            "transformers.get_cosine_with_min_lr_schedule_with_warmup(lr=0.1, num_warmup_steps=3,"
                    + " num_training_steps=10, min_lr=0.01)",
            "transformers.get_wsd_schedule(lr=0.1, num_warmup_steps=3, num_decay_steps=3, num_stable_steps=3)",
            "keras.ExponentialDecay(initial_learning_rate=0.1, decay_steps=10, decay_rate=0.5)",
            "keras.PiecewiseConstantDecay(boundaries=[10], values=[0.1, 0.01])",
            "keras.PolynomialDecay(initial_learning_rate=0.1, decay_steps=10)",
            "keras.InverseTimeDecay(initial_learning_rate=0.1, decay_steps=10, decay_rate=0.5)",
            "keras.CosineDecay(initial_learning_rate=0.1, decay_steps=10)",
            "keras.CosineDecayRestarts(initial_learning_rate=0.1, first_decay_steps=10)",
            "timm.CosineLRScheduler(lr=0.1, t_initial=10)",
            "timm.TanhLRScheduler(lr=0.1, t_initial=10)",
            "timm.PolyLRScheduler(lr=0.1, t_initial=10)",
            "timm.StepLRScheduler(lr=0.1, decay_t=3)",
            "timm.MultiStepLRScheduler(lr=0.1, decay_t=[3])");

    static List<String> oneOfEveryType() {
        return ONE_OF_EVERY_TYPE;
    }

    @ParameterizedTest
    @MethodSource("oneOfEveryType")
    void aNegativeStepIsRejected(String spec) {
        Schedule s = build(spec);
        for (long step : new long[] {-1, Long.MIN_VALUE}) {
            assertThatThrownBy(() -> s.at(step)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("step").hasMessageContaining(String.valueOf(step));
        }
    }

    @Test
    void theNegativeStepCasesCoverEveryTypeAndPreset() {
        assertThat(ONE_OF_EVERY_TYPE.stream().map(t -> SpecText.parse(t).type()))
                .containsExactlyInAnyOrderElementsOf(ScheduleTypes.names());
        for (String preset : Presets.all().keySet()) {
            assertThatThrownBy(() -> Presets.get(preset).at(-1)).as(preset).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "cosine(min_lr=0.1, max_lr=1.0, cycle_length=100)",
        "mxnet_factor(step=10, factor=0.5, base_lr=1.0, warmup_steps=5, warmup_begin_lr=0.1)",
        "cyclical(shape=triangular(min_lr=0.1, max_lr=1.0), cycle_length=7.5, cycle_length_decay=1.5)"})
    void aWarmUpOfLengthZeroIsNoWarmUp(String inner) {
        Schedule schedule = build(inner);
        Schedule warm = build("linear_warmup(schedule=" + inner + ", start_lr=0.5, length=0)");
        for (long step = 0; step <= 500; step++) {
            assertBits(warm.at(step), schedule.at(step), "at " + step);
        }
        assertThat(warm.at(0)).isNotEqualTo(0.5);
    }

    @Test
    void aCoolDownOfLengthZeroJumpsToFinishLrRightAfterStartIdx() {
        String inner = "cyclical(shape=triangular(min_lr=0.5, max_lr=2.0), cycle_length=30)";
        Schedule schedule = build(inner);
        Schedule cool = build("linear_cooldown(schedule=" + inner + ", finish_lr=0.001, start_idx=100, length=0)");
        for (long step = 0; step <= 100; step++) {
            assertBits(cool.at(step), schedule.at(step), "at " + step);
        }
        for (long step : new long[] {101, 102, 1000, Long.MAX_VALUE}) {
            assertBits(cool.at(step), 0.001, "at " + step);
        }
        assertThat(schedule.at(101)).isNotEqualTo(0.001);
    }
}
