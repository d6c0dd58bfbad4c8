package org.lrsched.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lrsched.Schedule;
import org.lrsched.testing.StreamContract;
import org.lrsched.types.Presets;

/** The ends of a stream: the step {@code Long.MAX_VALUE}, which fills stop short of, and a step that raises. */
class StreamLastStepsTest {

    @Test
    void theLastLongIsStreamedAsAtGivesIt() {
        Schedule sgdr = Presets.get("sgdr");
        assertThatThrownBy(() -> Tables.fill(sgdr, Long.MAX_VALUE, new double[1], 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
        for (int count : new int[] {1, 2, 5, 1001}) {
            for (int chunkSteps : new int[] {1, 2, 3, 1000, 4096}) {
                StreamContract.check(sgdr, Long.MAX_VALUE - (count - 1), count, chunkSteps, ScalarKernel.INSTANCE);
            }
        }
    }

    @Test
    void theLastLongComesInTheLastChunk() {
        List<Long> firsts = new ArrayList<>();
        double[] last = new double[1];
        Tables.stream(Presets.get("one_cycle"), Long.MAX_VALUE - 4, 5, 2, TableSink.doubles((first, values, n) -> {
            firsts.add(first);
            last[0] = values[n - 1];
        }));
        assertThat(firsts).containsExactly(Long.MAX_VALUE - 4, Long.MAX_VALUE - 2, Long.MAX_VALUE);
        assertThat(last[0]).isEqualTo(Presets.get("one_cycle").at(Long.MAX_VALUE));
    }

    @Test
    void aRangePastTheLastLongIsRefused() {
        assertThatThrownBy(() -> Tables.stream(Presets.get("sgdr"), Long.MAX_VALUE, 2, 8,
                TableSink.doubles((first, values, n) -> {}))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("goes past the last step");
    }

    @Test
    void theStepWhereTheReferenceRaisesIsNamed() {
        // cycle_magnitude_decay ** 1024 overflows in cycle 1024, steps 3072 to 3074: at's message names the cycle
        Schedule s = Schedule.parse("cyclical(shape=cosine(min_lr=0.25, max_lr=0.5), cycle_length=3,"
                + " cycle_magnitude_decay=2)");
        assertThatThrownBy(() -> s.at(3072)).hasMessageNotContaining("3072");
        List<Long> sent = new ArrayList<>();
        for (Kernel kernel : new Kernel[] {ScalarKernel.INSTANCE, Kernels.REFERENCE}) {
            sent.clear();
            assertThatThrownBy(() -> Tables.stream(s, 3000, 200, 50, TableSink.floats((first, values, n) ->
                    sent.add(first)), kernel))
                    .isInstanceOf(StepArithmeticException.class)
                    .hasMessageStartingWith("step 3072: cycle_magnitude_decay ** 1024 overflows")
                    .hasCauseInstanceOf(ArithmeticException.class)
                    .extracting(e -> ((StepArithmeticException) e).step()).isEqualTo(3072L);
            assertThat(sent).as("the chunks before the raising one").containsExactly(3000L);
        }
    }

    @Test
    void aRaisingLastLongIsNamed() {
        // 10 ** 308 is finite, 2 * 10 ** 308 is not: every step from cycle 308 on raises
        Schedule s = Schedule.parse("cyclical(shape=cosine(min_lr=0.5, max_lr=2), cycle_length=1,"
                + " cycle_magnitude_decay=10)");
        assertThatThrownBy(() -> Tables.stream(s, Long.MAX_VALUE, 1, 8, TableSink.doubles((first, values, n) -> {})))
                .isInstanceOf(StepArithmeticException.class).hasMessageStartingWith("step " + Long.MAX_VALUE + ": ");
    }
}
