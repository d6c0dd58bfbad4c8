package org.lrsched.simd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lrsched.Schedule;
import org.lrsched.types.Presets;
import org.lrsched.testing.KernelContract;
import org.lrsched.testing.KernelCases;

/**
 * The vector kernel against per-step {@code at} under each range's contract (bit identity where its pieces are
 * IEEE arithmetic only), for every schedule type, every
 * length 0..3*lanes+1, primes, a million, and first steps at, around and far past cycle boundaries. Surefire
 * runs this class again with 128-, 256- and 512-bit species forced.
 */
class VectorKernelContractTest {

    static Stream<String> specs() {
        List<String> all = new ArrayList<>(KernelCases.SPECS);
        all.addAll(Presets.all().values());
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("specs")
    void tablesMeetTheContract(String spec) {
        Schedule schedule = Schedule.parse(spec);
        int maxLength = 3 * Species.LANES + 1;
        for (long first : KernelCases.firsts()) {
            for (int length = 0; length <= maxLength; length++) {
                KernelContract.check(schedule, first, length, VectorKernel.INSTANCE);
            }
            for (int length : new int[] {97, 101, 1009, 4099}) {
                KernelContract.check(schedule, first, length, VectorKernel.INSTANCE);
            }
        }
        KernelContract.check(schedule, 0, 1_000_000, VectorKernel.INSTANCE);
    }

    @Test
    void speciesIsTheForcedOneOrThePreferred() {
        String forced = System.getProperty("lrsched.simd.bits");
        if (forced != null) {
            assertThat(VectorKernel.bits()).isEqualTo(Integer.parseInt(forced));
        } else {
            assertThat(VectorKernel.bits()).isGreaterThanOrEqualTo(128);
        }
    }
}
