package org.lrsched.schedule;

import java.util.Arrays;

/**
 * The runs {@link LengthRuns} keeps, as parallel arrays of their first cycle, start, length and increment (32
 * bytes a run, where a {@link Run} object and its reference take 60), with a {@link StartIndex} over the starts.
 * Kept run {@code i} is run number {@code i << shift}. Unthinned ({@code shift} 0), a run's count is the next
 * run's first cycle less its own; thinned, the runs in between are found again by walking from a kept run.
 *
 * <p>A published table is never changed: growing appends past the size its readers look at, or copies, and
 * publishes a new table.
 */
final class RunTable {
    /** At most this many runs are kept: 4 MiB. */
    static final int MAX_KEPT = 1 << 17;
    /** Starts appended past the index are bisected; the index is rebuilt once they are this share of it. */
    private static final int UNINDEXED_SHARE = 16;

    private final long[] starts;
    private final long[] cycles;
    private final long[] lengths;
    private final long[] increments;
    private final int size;
    private final int shift;
    private final int maxKept;
    private final StartIndex index;
    /** The last run found so far, kept or not. */
    final Run last;
    /** Its run number. */
    final long lastNumber;

    private RunTable(Growth g) {
        this.starts = g.starts;
        this.cycles = g.cycles;
        this.lengths = g.lengths;
        this.increments = g.increments;
        this.size = g.size;
        this.shift = g.shift;
        this.maxKept = g.maxKept;
        this.index = g.index;
        this.last = g.last();
        this.lastNumber = g.number;
    }

    /** A table of the first run alone, keeping at most {@code maxKept} runs (even, at least 2). */
    static RunTable of(Run first, int maxKept) {
        Growth g = new Growth(maxKept, first);
        g.index = StartIndex.of(g.starts, 1);
        return new RunTable(g);
    }

    /** No cycle starts after the last run. */
    boolean complete() {
        return last.count() == Run.ENDLESS || last.end() == Run.PAST_EVERY_LONG;
    }

    /** Whether runs were dropped between the kept ones. */
    boolean thinned() {
        return shift > 0;
    }

    /** The last kept run that starts at or before {@code step} ({@code step >= 0}). */
    int keptAtOrBefore(long step) {
        return index.atOrBefore(starts, size, step);
    }

    /** Kept run {@code i} whole, with its count; only for a table that is not {@link #thinned}. */
    Run run(int i) {
        long count = i + 1 < size ? cycles[i + 1] - cycles[i] : last.count();
        return new Run(cycles[i], starts[i], lengths[i], increments[i], count);
    }

    /** The first cycle of kept run {@code i}. */
    Cycle head(int i) {
        return new Cycle(cycles[i], starts[i], lengths[i]);
    }

    /** A table that grows from this one. */
    Growth growth() {
        return new Growth(this);
    }

    /** Appends runs, thinning as it needs; {@link #table()} publishes what it holds. */
    static final class Growth {
        private final RunTable from;
        private final int maxKept;
        private long[] starts;
        private long[] cycles;
        private long[] lengths;
        private long[] increments;
        private int size;
        private int shift;
        private boolean renumbered;
        /** The arrays are this growth's own: no published table reads them yet. */
        private boolean owned;
        private StartIndex index;
        /** The last run's fields. */
        private long lastCycle;
        private long lastStart;
        private long lastLength;
        private long lastIncrement;
        private long lastCount;
        private long number;

        private Growth(int maxKept, Run first) {
            this.from = null;
            this.maxKept = maxKept;
            int capacity = Math.min(16, maxKept);
            this.starts = new long[capacity];
            this.cycles = new long[capacity];
            this.lengths = new long[capacity];
            this.increments = new long[capacity];
            keep(first.firstCycle(), first.firstStart(), first.firstLength(), first.increment());
            setLast(first);
        }

        private Growth(RunTable t) {
            this.from = t;
            this.maxKept = t.maxKept;
            this.starts = t.starts;
            this.cycles = t.cycles;
            this.lengths = t.lengths;
            this.increments = t.increments;
            this.size = t.size;
            this.shift = t.shift;
            this.index = t.index;
            setLast(t.last);
            this.number = t.lastNumber;
        }

        /** The last run so far. */
        Run last() {
            return new Run(lastCycle, lastStart, lastLength, lastIncrement, lastCount);
        }

        private void setLast(Run run) {
            set(run.firstCycle(), run.firstStart(), run.firstLength(), run.increment(), run.count());
        }

        private void set(long cycle, long start, long length, long increment, long count) {
            lastCycle = cycle;
            lastStart = start;
            lastLength = length;
            lastIncrement = increment;
            lastCount = count;
        }

        /** The run after the last one, given by its fields (no Run object per run while a table grows). */
        void add(long cycle, long start, long length, long increment, long count) {
            set(cycle, start, length, increment, count);
            number++;
            if ((number & ((1L << shift) - 1)) != 0) {
                return;
            }
            if (size == maxKept) { // keep every other run: bounded memory, longer walks
                starts = everyOther(starts, owned);
                cycles = everyOther(cycles, owned);
                lengths = everyOther(lengths, owned);
                increments = everyOther(increments, owned);
                owned = true;
                size = maxKept / 2;
                shift++; // the number is a multiple of the doubled spacing: it heads the second half
                renumbered = true;
            } else if (size == starts.length) {
                int capacity = Math.min(maxKept, size * 2);
                starts = Arrays.copyOf(starts, capacity);
                cycles = Arrays.copyOf(cycles, capacity);
                lengths = Arrays.copyOf(lengths, capacity);
                increments = Arrays.copyOf(increments, capacity);
                owned = true;
            }
            keep(cycle, start, length, increment); // readers of the older table never look at this index
        }

        /** The grown table, published whole; an index over every kept start unless few were added. */
        RunTable table() {
            if (from != null && number == from.lastNumber) {
                return from;
            }
            if (renumbered || (size - index.covered) * UNINDEXED_SHARE >= index.covered) {
                index = StartIndex.of(starts, size);
            }
            return new RunTable(this);
        }

        /**
         * The even entries of a full array, moved to its first half: in place where no published table reads the
         * array, else in a new one.
         */
        private static long[] everyOther(long[] full, boolean owned) {
            long[] kept = owned ? full : new long[full.length];
            for (int i = 0; i < full.length / 2; i++) {
                kept[i] = full[2 * i];
            }
            return kept;
        }

        private void keep(long cycle, long start, long length, long increment) {
            starts[size] = start;
            cycles[size] = cycle;
            lengths[size] = length;
            increments[size] = increment;
            size++;
        }
    }
}
