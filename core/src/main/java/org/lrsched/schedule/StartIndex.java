package org.lrsched.schedule;

/**
 * Finds the last of a sorted array of run starts at or before a step in a probe or two, where a binary search
 * over a large table takes a cache miss and a mispredicted branch at each of its ~17 levels. The steps up to the
 * last indexed start are cut into buckets of one power-of-two width, about one bucket per run; a bucket holds the
 * last run starting at or before its first step, so a step's answer lies between its bucket's run and the next
 * bucket's. Runs of one increment are nearly uniform in steps, so most buckets span one run or two; where starts
 * crowd (the first steps of fast-growing cycles) a bucket's span is bisected.
 *
 * <p>An index is immutable and covers the first {@link #covered} starts; starts appended later are bisected
 * until the table rebuilds its index.
 */
final class StartIndex {
    /** Per bucket, the last indexed run whose start is at or before the bucket's first step. */
    private final int[] runs;
    private final int width;
    final int covered;

    private StartIndex(int[] runs, int width, int covered) {
        this.runs = runs;
        this.width = width;
        this.covered = covered;
    }

    /** The index of {@code starts[0 .. covered)}, which are increasing from {@code starts[0] = 0}. */
    static StartIndex of(long[] starts, int covered) {
        int buckets = Integer.highestOneBit(covered);
        long last = starts[covered - 1];
        // the smallest width whose buckets reach past the last start
        int width = Math.max(0, (64 - Long.numberOfLeadingZeros(last)) - Integer.numberOfTrailingZeros(buckets));
        int[] runs = new int[buckets];
        int run = 0;
        for (int b = 0; b < buckets; b++) {
            long first = (long) b << width;
            while (run + 1 < covered && starts[run + 1] <= first) {
                run++;
            }
            runs[b] = run;
        }
        return new StartIndex(runs, width, covered);
    }

    /** The last {@code i < size} with {@code starts[i] <= step}; {@code step >= starts[0]}. */
    int atOrBefore(long[] starts, int size, long step) {
        int lo;
        int hi;
        if (step >= starts[covered - 1]) { // past the indexed starts
            lo = covered - 1;
            hi = size - 1;
        } else {
            int b = (int) (step >>> width);
            lo = runs[b];
            hi = b + 1 < runs.length ? runs[b + 1] : covered - 1;
        }
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= step) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
