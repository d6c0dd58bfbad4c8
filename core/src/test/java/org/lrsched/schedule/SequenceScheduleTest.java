package org.lrsched.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lrsched.Schedule;
import org.lrsched.table.ScalarKernel;
import org.lrsched.table.Tables;

/** A sequence is its parts, each shifted to start at its boundary: bit for bit, through at and through tables. */
class SequenceScheduleTest {
    private static final Schedule WARMUP = Schedule.parse("linear_warmup(schedule=constant(lr=0.1), start_lr=0,"
            + " length=100)");
    private static final Schedule SGDR = Schedule.parse("sgdr");
    private static final Schedule COSINE = Schedule.parse("cosine(min_lr=0, max_lr=1, cycle_length=300)");
    private static final long[] BOUNDARIES = {100, 5000};
    private static final Schedule SEQUENCE = new SequenceSchedule(List.of(WARMUP, SGDR, COSINE), BOUNDARIES);

    /** What the sequence must give at {@code step}: Optax's join, written out. */
    private static double joined(long step) {
        if (step < 100) {
            return WARMUP.at(step);
        }
        return step < 5000 ? SGDR.at(step - 100) : COSINE.at(step - 5000);
    }

    @Test
    void atIsThePartAtTheStepShiftedToItsBoundary() {
        SplittableRandom random = new SplittableRandom(11);
        for (long step : new long[] {0, 1, 99, 100, 101, 4999, 5000, 5001, 5300, 1L << 40, Long.MAX_VALUE}) {
            assertThat(SEQUENCE.at(step)).as("step %d", step).isEqualTo(joined(step));
        }
        for (int i = 0; i < 10_000; i++) {
            long step = random.nextLong(20_000);
            assertThat(SEQUENCE.at(step)).as("step %d", step).isEqualTo(joined(step));
        }
    }

    @Test
    void tablesAcrossEveryBoundaryAreThePartsTables() {
        for (long first : new long[] {0, 95, 99, 100, 4990, 4999, 5000, 1L << 33}) {
            double[] table = new double[64];
            Tables.fill(SEQUENCE, first, table, 0, table.length, ScalarKernel.INSTANCE);
            for (int i = 0; i < table.length; i++) {
                assertThat(table[i]).as("step %d", first + i).isEqualTo(joined(first + i));
            }
        }
    }

    @Test
    void equalBoundariesGiveAPartNoSteps() {
        Schedule s = new SequenceSchedule(List.of(WARMUP, SGDR, COSINE), new long[] {100, 100});
        assertThat(s.at(99)).isEqualTo(WARMUP.at(99));
        assertThat(s.at(100)).isEqualTo(COSINE.at(0));
        double[] table = new double[4];
        Tables.fill(s, 98, table, 0, 4, ScalarKernel.INSTANCE);
        assertThat(table).containsExactly(WARMUP.at(98), WARMUP.at(99), COSINE.at(0), COSINE.at(1));
    }

    @Test
    void printsAsItsSpecAndReadsBack() {
        String text = SEQUENCE.toString();
        assertThat(text).startsWith("sequence(schedules=[linear_warmup(schedule=constant(lr=0.1)")
                .endsWith("boundaries=[100, 5000])");
        assertThat(Schedule.parse(text)).isEqualTo(SEQUENCE);
    }

    @Test
    void boundariesMustMatchTheParts() {
        assertThatThrownBy(() -> new SequenceSchedule(List.of(WARMUP, SGDR), new long[] {100, 200}))
                .hasMessageContaining("boundaries").hasMessageContaining("one step fewer than schedules");
        assertThatThrownBy(() -> new SequenceSchedule(List.of(WARMUP, SGDR, COSINE), new long[] {200, 100}))
                .hasMessageContaining("boundaries").hasMessageContaining("non-decreasing");
        assertThatThrownBy(() -> new SequenceSchedule(List.of(), new long[0]))
                .hasMessageContaining("schedules").hasMessageContaining("at least one");
        assertThatThrownBy(() -> Schedule.parse("sequence(schedules=[constant(lr=1)], boundaries=[-1])"))
                .hasMessageContaining("boundaries").hasMessageContaining(">= 0");
    }

    @Test
    void aPresetStandsWhereAScheduleGoes() {
        Schedule warmed = Schedule.parse("linear_warmup(schedule=sgdr, start_lr=0, length=10)");
        assertThat(warmed.at(10 + 250)).isEqualTo(SGDR.at(250));
        assertThatThrownBy(() -> Schedule.parse("linear_warmup(schedule=sgdrr, start_lr=0, length=10)"))
                .hasMessageContaining("linear_warmup.schedule").hasMessageContaining("unknown preset 'sgdrr'");
        assertThatThrownBy(() -> Schedule.parse("linear_warmup(schedule=sgdr(), start_lr=0, length=10)"))
                .hasMessageContaining("a preset is written without parentheses");
    }
}
