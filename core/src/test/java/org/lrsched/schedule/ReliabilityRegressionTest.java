package org.lrsched.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.lrsched.Schedule;
import org.lrsched.table.ScalarKernel;
import org.lrsched.table.Tables;
import org.lrsched.testing.KernelContract;

/** The faults a hostile test of 129654e found in core (reliability review B1, B2, B7, B8, B16), kept fixed. */
class ReliabilityRegressionTest {

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void b1AListedStepAtTheLastLongNeitherHangsNorBreaksTheTable() {
        for (String spec : new String[] {"mxnet_multifactor(step=[9223372036854775807], factor=0.5, base_lr=1)",
                "mxnet_multifactor(step=[5, 9223372036854775807], factor=0.5, base_lr=1)",
                "mxnet_multifactor(step=[1, 4611686018427387904, 9223372036854775807], factor=1e-300, base_lr=1)"}) {
            Schedule s = Schedule.parse(spec);
            KernelContract.check(s, 0, 3, ScalarKernel.INSTANCE, true);
            KernelContract.check(s, 3, 5, ScalarKernel.INSTANCE, true);
            KernelContract.check(s, Long.MAX_VALUE - 8, 7, ScalarKernel.INSTANCE, true);
        }
    }

    @Test
    void b2ACoolDownStartingAtTheLastLongFillsWhatAtGives() {
        for (String spec : new String[] {"one_cycle(start_lr=0.1, max_lr=0.5, cycle_length=9223372036854775807)",
                "linear_cooldown(schedule=cosine(min_lr=0.01, max_lr=2, cycle_length=100), finish_lr=0.5,"
                        + " start_idx=9223372036854775807, length=0)"}) {
            Schedule s = Schedule.parse(spec);
            KernelContract.check(s, 0, 3, ScalarKernel.INSTANCE, true);
            KernelContract.check(s, Long.MAX_VALUE - 8, 7, ScalarKernel.INSTANCE, true);
        }
    }

    @Test
    void b7RangesAndProductsThatAreNotFiniteAreRefusedNamingTheirParameters() {
        assertThatThrownBy(() -> Schedule.parse("cosine(min_lr=-1e308, max_lr=1e308, cycle_length=100)"))
                .hasMessageContaining("max_lr - min_lr must be finite");
        assertThatThrownBy(() -> Schedule.parse("triangular(min_lr=-1e308, max_lr=1e308, cycle_length=100)"))
                .hasMessageContaining("max_lr - min_lr must be finite");
        assertThatThrownBy(() -> Schedule.parse("linear_warmup(schedule=cosine(min_lr=1e308, max_lr=1e308,"
                + " cycle_length=100), start_lr=-1e308, length=250)")).hasMessageContaining("start_lr");
        assertThatThrownBy(() -> Schedule.parse("mxnet_factor(step=10, factor=0.5, base_lr=1e308, warmup_steps=5,"
                + " warmup_begin_lr=-1e308)")).hasMessageContaining("base_lr - warmup_begin_lr must be finite");
        assertThatThrownBy(() -> Schedule.parse("mxnet_poly(max_update=1000, base_lr=1e308, final_lr=-1e308)"))
                .hasMessageContaining("base_lr - final_lr must be finite");
        assertThatThrownBy(() -> Schedule.parse("flax_triangular(lr_min=-1e308, lr_max=1e308, steps_per_cycle=4)"))
                .hasMessageContaining("lr_max - lr_min must be finite");
    }

    @Test
    void b7AMagnitudeWhoseProductOverflowsRaisesAtThatStepInAtAndInTables() {
        // 10 ** 308 is finite, 2 * 10 ** 308 is not
        Schedule s = Schedule.parse("cyclical(shape=cosine(min_lr=0.5, max_lr=2), cycle_length=1,"
                + " cycle_magnitude_decay=10)");
        assertThat(s.at(307)).isFinite();
        assertThatThrownBy(() -> s.at(308)).isInstanceOf(ArithmeticException.class).hasMessageContaining("308");
        assertThatThrownBy(() -> Tables.fill(s, 300, new double[20], 0, 20, ScalarKernel.INSTANCE))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("step 308");
    }

    @Test
    void aCycleLengthWhoseFloatProductOverflowsRaisesAsPythonsCeilDoes() {
        Schedule s = Schedule.parse("cyclical(shape=cosine(min_lr=0.01, max_lr=2), cycle_length=250,"
                + " cycle_length_decay=1e308)");
        assertThat(s.at(249)).isFinite();
        assertThatThrownBy(() -> s.at(Long.MAX_VALUE)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("OverflowError");
        assertThatThrownBy(() -> Tables.fill(s, Long.MAX_VALUE - 10, new double[5], 0, 5, ScalarKernel.INSTANCE))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anMxnetFactorThatWouldTakeMinutesToSettleIsRefusedInOneMessage() {
        Schedule s = Schedule.parse("mxnet_factor(step=1, factor=0.99999999, stop_factor_lr=1e-300, base_lr=1)");
        assertThat(s.at(1000)).isFinite();
        assertThatThrownBy(() -> s.at(1L << 62)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("lrsched refuses rather than take minutes");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void b8ARealFirstLengthPast2To53WalksItsCyclesOncePerTableAndRefusesAnEndlessReplay() {
        Schedule s = Schedule.parse("cyclical(shape=cosine(min_lr=0.01, max_lr=2), cycle_length=1.5,"
                + " cycle_length_decay=1.0000005)");
        long first = 1L << 62;
        double[] table = new double[100_000]; // was one replay of the float loop per step: hours
        Tables.fill(s, first, table, 0, table.length, ScalarKernel.INSTANCE);
        for (int i : new int[] {0, 1, 50_000, 99_999}) {
            assertThat(table[i]).as("step %d", first + i).isEqualTo(s.at(first + i));
        }
        Schedule slow = Schedule.parse("cyclical(shape=cosine(min_lr=0.01, max_lr=2), cycle_length=1.5,"
                + " cycle_length_decay=1.000000001)");
        assertThatThrownBy(() -> slow.at(first)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("lrsched refuses rather than take minutes");
    }

    @Test
    void b16OneCyclesLengthsAreNamedAsTheUserWroteThem() {
        assertThatThrownBy(() -> Schedule.parse("one_cycle(start_lr=0.1, max_lr=0.5, cycle_length=4611686018427387904,"
                + " cooldown_length=4611686018427387904, finish_lr=0.001)"))
                .hasMessageContaining("cycle_length + cooldown_length must be below 2^63")
                .hasMessageNotContaining("start_idx");
    }
}
