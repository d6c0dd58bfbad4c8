package org.lrsched.cli.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lrsched.cli.io.Progress;
import org.lrsched.cli.spec.NamedSchedule;
import org.lrsched.cli.table.StepRange;
import org.lrsched.schedule.Cycle;
import org.lrsched.schedule.CyclicalSchedule;
import org.lrsched.types.Presets;

/** The plot's down-sample keeps every column's extremes, in step order, at their own steps. */
class ColumnSamplerTest {

    @Test
    void fewerStepsThanColumnsAreAllKept() {
        ColumnSampler sampler = new ColumnSampler(new StepRange(10, 5), 1000);
        sampler.accept(10, new double[] {3, 1, 4, 1, 5}, 5);

        ColumnSampler.Points points = sampler.points();

        assertThat(points.steps()).containsExactly(10, 11, 12, 13, 14);
        assertThat(points.values()).containsExactly(3, 1, 4, 1, 5);
    }

    @Test
    void everyColumnKeepsItsFirstLowestHighestAndLastInStepOrder() {
        int count = 1_000_003; // not a multiple of the columns
        int columns = 997;
        long from = 5_000_000_000L;
        double[] values = new double[count];
        Random random = new Random(42);
        for (int i = 0; i < count; i++) {
            values[i] = random.nextDouble();
        }
        for (int i = 0; i < count; i += 7919) { // lone spikes, up and down, one step wide
            values[i] = (i / 7919) % 2 == 0 ? 50 + i : -50 - i;
        }

        ColumnSampler.Points points = sample(from, values, columns, 4099);

        long[] steps = points.steps();
        for (int i = 1; i < steps.length; i++) {
            assertThat(steps[i]).as("steps rise").isGreaterThan(steps[i - 1]);
        }
        for (int p = 0; p < steps.length; p++) {
            assertThat(points.values()[p]).as("a real point").isEqualTo(values[(int) (steps[p] - from)]);
        }
        for (int c = 0; c < columns; c++) {
            int start = (int) ((long) count * c / columns);
            int end = (int) ((long) count * (c + 1) / columns);
            double low = Arrays.stream(values, start, end).min().getAsDouble();
            double high = Arrays.stream(values, start, end).max().getAsDouble();
            assertThat(keptIn(points, from + start, from + end)).as("column %d", c)
                    .contains(values[start], low, high, values[end - 1]);
        }
        assertThat(steps.length).isLessThanOrEqualTo(4 * columns);
    }

    @Test
    void aCountPast2To62NeedsNoOverflowingProducts() {
        long count = Long.MAX_VALUE - 10;
        ColumnSampler sampler = new ColumnSampler(new StepRange(3, count), 1000);
        sampler.accept(3, new double[] {1, 2, 0.5}, 3);

        assertThat(sampler.points().steps()).containsExactly(3, 4, 5);
    }

    /** Its last column spans chunks and ends past the last long: the columns' ends overflowed. */
    @Test
    void aRangeEndingAtTheLastStep() {
        double[] values = {5, 1, 7, 2, 9, 3, 8, 4, 6, 0};

        ColumnSampler.Points points = sample(Long.MAX_VALUE - 9, values, 2, 3);

        assertThat(points.steps()).containsExactly(Long.MAX_VALUE - 9, Long.MAX_VALUE - 8, Long.MAX_VALUE - 5,
                Long.MAX_VALUE - 4, Long.MAX_VALUE - 3, Long.MAX_VALUE);
        assertThat(points.values()).containsExactly(5, 1, 9, 3, 8, 0);
    }

    /** What the plot exists for: sgdr over 10^7 steps, 1000 columns, and every restart still shows. */
    @Test
    void everyRestartOfSgdrSurvivesTenMillionSteps() {
        StepRange range = new StepRange(0, 10_000_000);
        CyclicalSchedule sgdr = (CyclicalSchedule) Presets.get("sgdr");

        List<PlotLine> lines = PlotLines.sample(List.of(new NamedSchedule("sgdr", sgdr)), range, 1000, Progress.NONE);

        ColumnSampler.Points points = lines.get(0).points();
        List<Long> kept = new ArrayList<>();
        Arrays.stream(points.steps()).forEach(kept::add);
        int restarts = 0;
        for (Cycle c = sgdr.cycleOf(0); c.end() <= range.last(); c = sgdr.cycleOf(c.end())) {
            if (c.length() >= range.count() / 1000) { // shorter cycles share a pixel column: its highest shows
                long restart = c.end();
                assertThat(kept).as("the restart at step %d and the trough before it", restart)
                        .contains(restart, restart - 1);
                restarts++;
            }
        }
        assertThat(restarts).as("cycles 6 to 14, 16,000 steps and longer").isEqualTo(9);
        assertThat(points.values()).contains(2.0);
    }

    private static ColumnSampler.Points sample(long from, double[] values, int columns, int chunk) {
        ColumnSampler sampler = new ColumnSampler(new StepRange(from, values.length), columns);
        for (int done = 0; done < values.length; done += chunk) {
            int n = Math.min(chunk, values.length - done);
            sampler.accept(from + done, Arrays.copyOfRange(values, done, done + n), n);
        }
        return sampler.points();
    }

    private static List<Double> keptIn(ColumnSampler.Points points, long start, long end) {
        List<Double> kept = new ArrayList<>();
        for (int p = 0; p < points.steps().length; p++) {
            if (points.steps()[p] >= start && points.steps()[p] < end) {
                kept.add(points.values()[p]);
            }
        }
        return kept;
    }
}
