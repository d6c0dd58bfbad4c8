package org.lrsched.simd;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lrsched.Schedule;
import org.lrsched.testing.KernelCases;
import org.lrsched.testing.StreamContract;
import org.lrsched.types.Presets;

/** Tables streamed through the vector kernel: chunks cut its pieces anywhere, and every value holds the contract. */
class VectorStreamTest {

    static Stream<String> specs() {
        return Stream.concat(KernelCases.SPECS.stream(), Presets.all().values().stream());
    }

    @ParameterizedTest
    @MethodSource("specs")
    void chunksMeetTheContract(String spec) {
        Schedule schedule = Schedule.parse(spec);
        for (long first : new long[] {0, 249, (1L << 53) - 3, Long.MAX_VALUE - 20_000}) {
            for (int chunkSteps : new int[] {1, 3 * Species.LANES + 1, 4096, 1 << 16}) {
                StreamContract.check(schedule, first, 20_001, chunkSteps, VectorKernel.INSTANCE);
            }
        }
    }
}
