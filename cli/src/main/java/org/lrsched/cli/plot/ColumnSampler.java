package org.lrsched.cli.plot;

import java.util.Arrays;
import org.lrsched.cli.table.StepRange;

/**
 * A faithful down-sample of a long range of steps for a plot {@code columns} pixels wide: the range is cut into
 * that many columns of consecutive steps, and of each column only the first, the lowest, the highest and the
 * last point are kept (M4 aggregation). A line through the kept points, in step order, covers exactly the
 * pixels the full line would: every peak, trough and restart survives, whatever the count. The kept points are
 * real points of the schedule, at their own steps.
 */
final class ColumnSampler {
    private final long from;
    private final long count;
    private final int columns;
    /** The columns' steps and values, four slots per column: first, lowest, highest, last. */
    private final long[] steps;
    private final double[] values;
    private int column = -1;
    /**
     * Where the current column ends, as an offset from {@code from}: steps are compared as offsets, since the
     * step after a range ending at {@code Long.MAX_VALUE} does not exist.
     */
    private long columnEnd;

    ColumnSampler(StepRange range, int columns) {
        this.from = range.from();
        this.count = range.count();
        this.columns = (int) Math.max(1, Math.min(columns, count));
        this.steps = new long[4 * this.columns];
        this.values = new double[4 * this.columns];
    }

    /** The values of {@code n} consecutive steps from {@code first}; chunks must come in step order. */
    void accept(long first, double[] chunk, int n) {
        int i = 0;
        while (i < n) {
            long offset = first - from + i;
            if (column < 0 || offset >= columnEnd) {
                startColumn(first + i, chunk[i]);
            }
            int end = (int) Math.min(n, i + (columnEnd - offset)); // this column's part of the chunk
            int slot = 4 * column;
            for (; i < end; i++) {
                double v = chunk[i];
                if (v < values[slot + 1]) {
                    values[slot + 1] = v;
                    steps[slot + 1] = first + i;
                }
                if (v > values[slot + 2]) {
                    values[slot + 2] = v;
                    steps[slot + 2] = first + i;
                }
            }
            steps[slot + 3] = first + end - 1;
            values[slot + 3] = chunk[end - 1];
        }
    }

    private void startColumn(long step, double value) {
        column++;
        columnEnd = offsetOfColumn(column + 1);
        int slot = 4 * column;
        Arrays.fill(steps, slot, slot + 4, step);
        Arrays.fill(values, slot, slot + 4, value);
    }

    /** {@code floor(count * c / columns)} without overflow: column {@code c} starts that many steps in. */
    private long offsetOfColumn(int c) {
        long whole = count / columns;
        long rest = count % columns;
        return whole * c + rest * c / columns;
    }

    /** The kept points in step order, each step once. */
    Points points() {
        int kept = 4 * (column + 1);
        long[] outSteps = new long[kept];
        double[] outValues = new double[kept];
        int n = 0;
        for (int c = 0; c <= column; c++) {
            int slot = 4 * c;
            // first and last bracket the column; its lowest and highest lie between, in their own order
            int low = slot + 1;
            int high = slot + 2;
            int[] order = steps[low] <= steps[high] ? new int[] {slot, low, high, slot + 3}
                    : new int[] {slot, high, low, slot + 3};
            for (int k : order) {
                if (n == 0 || steps[k] != outSteps[n - 1]) {
                    outSteps[n] = steps[k];
                    outValues[n] = values[k];
                    n++;
                }
            }
        }
        return new Points(Arrays.copyOf(outSteps, n), Arrays.copyOf(outValues, n));
    }

    /** Points of a plotted line: steps and their learning rates. */
    record Points(long[] steps, double[] values) {
        /** The smallest value and its step. */
        int lowest() {
            int at = 0;
            for (int i = 1; i < values.length; i++) {
                if (values[i] < values[at]) {
                    at = i;
                }
            }
            return at;
        }
    }
}
