package org.lrsched.simd;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.lrsched.Schedule;
import org.lrsched.testing.RandomSpecs;
import org.lrsched.types.ScheduleTypes;
import org.lrsched.Spec;
import org.lrsched.testing.KernelContract;
import org.lrsched.table.ScalarKernel;
import org.lrsched.table.Tables;

/** Random schedule trees over random ranges: both kernels meet the contract against per-step {@code at}. */
class KernelPropertyTest {

    @Provide
    Arbitrary<Spec> trees() {
        return RandomSpecs.schedules(3);
    }

    @Provide
    Arbitrary<Long> firsts() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.longs().between(0, 20_000)),
                net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(0, 2_000_000)),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between((1L << 53) - 100, (1L << 53) + 100)));
    }

    @Property(tries = 10_000)
    void kernelsMeetTheContract(@ForAll("trees") Spec spec, @ForAll("firsts") long first,
            @ForAll("lengths") int length) {
        Schedule schedule = ScheduleTypes.build(spec);
        if (referenceRaises(schedule, first, length)) {
            assertThatThrownBy(() -> Tables.fill(schedule, first, new double[length], 0, length, VectorKernel.INSTANCE))
                    .isInstanceOf(ArithmeticException.class);
            return;
        }
        KernelContract.check(schedule, first, length, ScalarKernel.INSTANCE, true);
        KernelContract.check(schedule, first, length, VectorKernel.INSTANCE);
    }

    @Provide
    Arbitrary<Integer> lengths() {
        return Arbitraries.integers().between(0, 300);
    }

    private static boolean referenceRaises(Schedule schedule, long first, int length) {
        try {
            for (int i = 0; i < length; i++) {
                schedule.at(first + i);
            }
            return false;
        } catch (ArithmeticException e) {
            return true;
        }
    }
}
