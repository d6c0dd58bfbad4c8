package org.lrsched.cli.table;

import org.lrsched.Schedule;
import org.lrsched.table.Kernel;

/**
 * A range of a schedule's values a chunk at a time, through one reused array, so memory stays bounded whatever
 * the count: the one loop over a range that tables, plots, verify and the demo's timings share. Core's
 * {@code Tables.stream} does the same with callbacks of the same shape; once it is on main, the bodies of
 * {@link #doubles} and {@link #floats} become calls to it, and nothing else changes.
 */
public final class Chunks {
    /** Steps computed at a time: large enough for one big write per chunk, small enough to stay in cache. */
    public static final int SIZE = 1 << 16;

    /** Receives each chunk in step order: {@code values[0 .. n-1]} are the rates of steps {@code firstStep} on. */
    @FunctionalInterface
    public interface DoubleChunks<X extends Exception> {
        void accept(long firstStep, double[] values, int n) throws X;
    }

    /** As {@link DoubleChunks}, each value rounded to the nearest float. */
    @FunctionalInterface
    public interface FloatChunks<X extends Exception> {
        void accept(long firstStep, float[] values, int n) throws X;
    }

    private Chunks() {}

    /** The values of {@code range} through {@code kernel}, in double chunks to {@code chunks}. */
    public static <X extends Exception> void doubles(Schedule schedule, StepRange range, Kernel kernel,
            DoubleChunks<X> chunks) throws X {
        double[] values = new double[firstSize(range)];
        forEach(range, (first, n) -> {
            Steps.fill(schedule, first, values, n, kernel);
            chunks.accept(first, values, n);
        });
    }

    /** The values of {@code range} through {@code kernel}, rounded to float, in chunks to {@code chunks}. */
    public static <X extends Exception> void floats(Schedule schedule, StepRange range, Kernel kernel,
            FloatChunks<X> chunks) throws X {
        float[] values = new float[firstSize(range)];
        forEach(range, (first, n) -> {
            Steps.fill(schedule, first, values, n, kernel);
            chunks.accept(first, values, n);
        });
    }

    /** The steps of one chunk. */
    @FunctionalInterface
    private interface Span<X extends Exception> {
        void run(long first, int n) throws X;
    }

    private static <X extends Exception> void forEach(StepRange range, Span<X> span) throws X {
        for (long done = 0; done < range.count(); ) {
            int n = (int) Math.min(SIZE, range.count() - done);
            span.run(range.from() + done, n);
            done += n;
        }
    }

    /** A short range needs no full chunk. */
    private static int firstSize(StepRange range) {
        return (int) Math.min(range.count(), SIZE);
    }
}
