package org.lrsched.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lrsched.Schedule;
import org.lrsched.testing.KernelCases;
import org.lrsched.testing.StreamContract;
import org.lrsched.types.Presets;

/** {@code Tables.stream} into callbacks: chunk edges, odd counts, both precisions, the same values as a fill. */
class StreamChunksTest {

    static Stream<String> specs() {
        return Stream.concat(KernelCases.SPECS.stream(), Presets.all().values().stream());
    }

    @ParameterizedTest
    @MethodSource("specs")
    void chunksOfEveryLengthMeetTheContract(String spec) {
        Schedule schedule = Schedule.parse(spec);
        // the last first step and count 1001 end at the last long
        for (long first : new long[] {0, 1, 249, 250, 999, (1L << 53) - 3, Long.MAX_VALUE - 1000}) {
            for (int count : new int[] {0, 1, 2, 7, 64, 1001}) {
                for (int chunkSteps : new int[] {1, 2, 3, 64, 1000, 1 << 16}) {
                    StreamContract.check(schedule, first, count, chunkSteps, ScalarKernel.INSTANCE);
                }
            }
        }
    }

    @Test
    void chunksEqualOneFillOfTheWholeRangeToTheBit() {
        Schedule sgdr = Presets.get("sgdr");
        double[] whole = new double[100_003];
        Tables.fill(sgdr, 17, whole, 0, whole.length, ScalarKernel.INSTANCE);
        double[] streamed = new double[whole.length];
        Tables.stream(sgdr, 17, whole.length, 4096, TableSink.doubles((first, values, n) ->
                System.arraycopy(values, 0, streamed, (int) (first - 17), n)), ScalarKernel.INSTANCE);
        assertThat(streamed).isEqualTo(whole);
    }

    @Test
    void theDefaultKernelIsThePreferredOne() {
        Schedule schedule = Presets.get("one_cycle");
        float[] preferred = new float[5000];
        Tables.fill(schedule, 0, preferred, 0, preferred.length, Kernels.preferred());
        float[] streamed = new float[preferred.length];
        Tables.stream(schedule, 0, streamed.length, streamed.length, TableSink.floats((first, values, n) ->
                System.arraycopy(values, 0, streamed, 0, n)));
        assertThat(streamed).isEqualTo(preferred);
    }

    @Test
    void anEmptyTableSendsNoChunk() {
        List<Long> chunks = new ArrayList<>();
        Tables.stream(Presets.get("sgdr"), 5, 0, 16, TableSink.doubles((first, values, n) -> chunks.add(first)));
        assertThat(chunks).isEmpty();
    }

    @Test
    void anyCountTakesOneChunkOfMemory() {
        // every step but the last long: the stream must neither refuse nor allocate it; the sink stops it
        class Enough extends RuntimeException {
            private static final long serialVersionUID = 1L;
        }
        List<Long> firsts = new ArrayList<>();
        assertThatThrownBy(() -> Tables.stream(Presets.get("sgdr"), 0, Long.MAX_VALUE, 1 << 10,
                TableSink.floats((first, values, n) -> {
                    assertThat(values).hasSize(1 << 10);
                    firsts.add(first);
                    if (firsts.size() == 3) {
                        throw new Enough();
                    }
                }))).isInstanceOf(Enough.class);
        assertThat(firsts).containsExactly(0L, 1024L, 2048L);
    }

    @Test
    void badRangesAreRefused() {
        Schedule sgdr = Presets.get("sgdr");
        TableSink<RuntimeException> ignore = TableSink.doubles((first, values, n) -> {});
        assertThatThrownBy(() -> Tables.stream(sgdr, -1, 1, 8, ignore)).hasMessageContaining("firstStep must be >= 0");
        assertThatThrownBy(() -> Tables.stream(sgdr, 0, -1, 8, ignore)).hasMessageContaining("count must be >= 0");
        assertThatThrownBy(() -> Tables.stream(sgdr, 0, 1, 0, ignore)).hasMessageContaining("chunkSteps must be >= 1");
    }
}
