package org.lrsched.table;

import java.util.Objects;
import org.lrsched.Schedule;
import org.lrsched.formula.Out;

/**
 * {@link Tables#stream}: a range of any length, a chunk of steps at a time through one reused array, so memory
 * stays bounded. Each chunk is a {@link Tables#fill} of its range, except that the step {@code Long.MAX_VALUE},
 * where tables stop, is {@code at} alone.
 */
final class TableStream {
    private TableStream() {}

    static <X extends Exception> void run(Schedule schedule, long firstStep, long count, int chunkSteps,
            TableSink<X> sink, Kernel kernel) throws X {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(kernel, "kernel");
        checkRange(firstStep, count, chunkSteps);
        if (count > sink.room()) {
            throw new IllegalArgumentException("a table of " + count + " steps does not fit: " + sink.describeRoom());
        }
        Chunk<X> chunk = sink.chunk((int) Math.min(count, chunkSteps));
        for (long done = 0; done < count; ) {
            int n = (int) Math.min(chunkSteps, count - done);
            long first = firstStep + done;
            fill(schedule, first, chunk.out, n, kernel);
            chunk.send(first, n);
            done += n;
        }
        sink.finish();
    }

    private static void checkRange(long firstStep, long count, int chunkSteps) {
        if (firstStep < 0) {
            throw new IllegalArgumentException("firstStep must be >= 0, got " + firstStep);
        }
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
        if (chunkSteps < 1) {
            throw new IllegalArgumentException("chunkSteps must be >= 1, got " + chunkSteps);
        }
        if (count > 0 && firstStep > Long.MAX_VALUE - (count - 1)) {
            throw new IllegalArgumentException("firstStep " + firstStep + " + count " + count
                    + " goes past the last step, " + Long.MAX_VALUE);
        }
    }

    /** {@code n} values from step {@code first} into {@code out}; where the reference raises, names the step. */
    private static void fill(Schedule schedule, long first, Out out, int n, Kernel kernel) {
        boolean endsAtLastLong = first + (n - 1) == Long.MAX_VALUE;
        int bulk = endsAtLastLong ? n - 1 : n;
        try {
            Tables.fill(schedule, first, out, 0, bulk, kernel);
            if (endsAtLastLong) {
                out.put(bulk, schedule.at(Long.MAX_VALUE));
            }
        } catch (ArithmeticException e) {
            throw firstRaising(schedule, first, n, e);
        }
    }

    /**
     * The fill's own message may name a cycle rather than a step: {@code at} finds the first step of the chunk
     * where the reference raises. Only where none does (a plan stricter than {@code at}) is the fill's exception
     * passed on as it is.
     */
    private static ArithmeticException firstRaising(Schedule schedule, long first, int n, ArithmeticException e) {
        for (int i = 0; i < n; i++) {
            try {
                schedule.at(first + i);
            } catch (ArithmeticException raised) {
                return new StepArithmeticException(first + i, raised);
            }
        }
        return e;
    }
}
