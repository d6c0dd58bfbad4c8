package org.lrsched.schedule;

import java.util.Arrays;
import java.util.function.LongUnaryOperator;

/**
 * The cycles of a whole first length {@code L0} under {@code L(k+1) = next(L(k))} (the tutorial's
 * {@code ceil(L * decay)} in double arithmetic), found for any step in time that does not grow with the step.
 *
 * <p>Consecutive cycles whose length changes by the same whole amount {@code c} form a run: within it lengths
 * are {@code l + i*c} and starts {@code s + i*l + c*i*(i-1)/2}, so a step's cycle inside a run is the root of a
 * quadratic, checked exactly in integers. {@code c = 0} is a fixed length (decay 1, or a decay below 1 once it
 * settles): one endless run, a division. Growth by {@code decay > 1} gives a run per cycle (about 63 / log2(decay)
 * of them before 2^63); a decay barely above 1 gives long runs of +1, +2, ... Runs are found lazily, as far as
 * the steps asked for, and kept in a table that only grows, published whole to readers (thread-safe, lock-free
 * reads).
 *
 * <p>Why a run's end can be found by bisection: for {@code L*d < 2^52} the product's binade has a grid
 * {@code u <= 1/2} that every whole {@code L} lies on, so {@code fl(L*d) = L + round_u(L*(d-1))} and the step
 * {@code ceil(fl(L*d)) - L} is monotone in {@code L} while the product stays in one binade. Runs are cut at
 * binade changes; lengths past 2^52 are walked one cycle at a time (few cycles fit below 2^63 there).
 */
final class LengthRuns {
    private static final double MONOTONE_LIMIT = 0x1p52;
    /** A run's count when it goes on past every long step. */
    private static final long ENDLESS = Long.MAX_VALUE;
    /** A run end that no long step reaches (an end of exactly {@code Long.MAX_VALUE} is a real end). */
    private static final long PAST_EVERY_LONG = -1;

    private final LongUnaryOperator next;
    private final double decay;
    private final Object growLock = new Object();
    private volatile Table table;

    /** Runs in order; arrays may be longer than {@code size}, readers look only below it. */
    private static final class Table {
        final long[] firstCycle;
        final long[] firstStart;
        final long[] firstLength;
        final long[] increment;
        final long[] count; // ENDLESS: the run goes on past every long step
        final int size;
        final boolean complete; // no cycle starts after the last run

        Table(long[] firstCycle, long[] firstStart, long[] firstLength, long[] increment, long[] count, int size,
                boolean complete) {
            this.firstCycle = firstCycle;
            this.firstStart = firstStart;
            this.firstLength = firstLength;
            this.increment = increment;
            this.count = count;
            this.size = size;
            this.complete = complete;
        }
    }

    LengthRuns(long firstLength, double decay, LongUnaryOperator next) {
        this.next = next;
        this.decay = decay;
        Table empty = new Table(new long[4], new long[4], new long[4], new long[4], new long[4], 0, false);
        this.table = withRun(empty, 0, 0, firstLength);
    }

    /** The cycle that holds {@code step}, as the tutorial's loop would find it. */
    Cycle find(long step) {
        Table t = table;
        while (!t.complete && endsAtOrBefore(t, step)) {
            t = grow();
        }
        int r = runOf(t, step);
        long s0 = t.firstStart[r];
        long l0 = t.firstLength[r];
        long c = t.increment[r];
        long i = memberOf(step - s0, l0, c, t.count[r]);
        return new Cycle(t.firstCycle[r] + i, s0 + offsetOf(i, l0, c), l0 + i * c);
    }

    /** Cycles in the table so far: a measure of the memory this index holds (five longs per run). */
    int runs() {
        return table.size;
    }

    private static int runOf(Table t, long step) {
        int i = Arrays.binarySearch(t.firstStart, 0, t.size, step);
        return i >= 0 ? i : -i - 2;
    }

    private static boolean endsAtOrBefore(Table t, long step) {
        long end = runEnd(t, t.size - 1);
        return end != PAST_EVERY_LONG && end <= step;
    }

    /** The first step after run {@code r}, or {@code PAST_EVERY_LONG}. */
    private static long runEnd(Table t, int r) {
        if (t.count[r] == ENDLESS) {
            return PAST_EVERY_LONG;
        }
        long offset = offsetOf(t.count[r], t.firstLength[r], t.increment[r]);
        return offset < 0 || t.firstStart[r] > Long.MAX_VALUE - offset ? PAST_EVERY_LONG : t.firstStart[r] + offset;
    }

    /**
     * The member {@code i} of a run with {@code offset(i) <= w < offset(i+1)}: an estimate from the quadratic,
     * then exact integer corrections.
     */
    private static long memberOf(long w, long l0, long c, long count) {
        if (c == 0) {
            return count == ENDLESS ? w / l0 : Math.min(w / l0, count - 1);
        }
        double b = l0 - c / 2.0;
        double estimate = (Math.sqrt(b * b + 2.0 * c * w) - b) / c;
        long i = Math.max(0, Math.min(count - 1, (long) estimate));
        while (i > 0 && !fits(offsetOf(i, l0, c), w)) {
            i--;
        }
        while (i + 1 < count && fits(offsetOf(i + 1, l0, c), w)) {
            i++;
        }
        return i;
    }

    private static boolean fits(long offset, long w) {
        return offset >= 0 && offset <= w;
    }
    /**
     * Steps from a run's start to member {@code i}: {@code i*l0 + c*i*(i-1)/2}, or -1 past every long. The true
     * value is never negative: every member's length is at least 1, so for {@code c < 0} it is at least
     * {@code i*l0/2}, and no intermediate overflows once the estimate is below 2^62.
     */
    private static long offsetOf(long i, long l0, long c) {
        double estimate = i * (double) l0 + c * ((double) i * (i - 1) / 2);
        if (estimate >= 0x1.01p63) {
            return -1;
        }
        long pairs = (i & 1) == 0 ? (i / 2) * (i - 1) : i * ((i - 1) / 2);
        if (estimate < 0x1p62) {
            return i * l0 + c * pairs;
        }
        try {
            return Math.addExact(Math.multiplyExact(i, l0), Math.multiplyExact(c, pairs));
        } catch (ArithmeticException pastEveryLong) {
            return -1;
        }
    }

    private Table grow() {
        synchronized (growLock) {
            Table t = table;
            int last = t.size - 1;
            long end = runEnd(t, last);
            if (!t.complete) {
                if (end == PAST_EVERY_LONG) {
                    t = new Table(t.firstCycle, t.firstStart, t.firstLength, t.increment, t.count, t.size, true);
                } else {
                    long cycle = t.firstCycle[last] + t.count[last];
                    long length = t.firstLength[last] + t.count[last] * t.increment[last];
                    t = withRun(t, cycle, end, length);
                }
                table = t;
            }
            return t;
        }
    }

    /** The table with one more run, headed by the given cycle. */
    private Table withRun(Table t, long cycle, long start, long length) {
        boolean headEndless = start > Long.MAX_VALUE - length;
        long following = next.applyAsLong(length);
        long increment = headEndless ? 0 : following - length;
        long count;
        if (increment == 0) {
            count = ENDLESS;
        } else if (following == Long.MAX_VALUE) { // nextLength saturates: a length past every long
            count = 1; // the next cycle is longer than any long: the run after it is endless
        } else {
            count = runLength(length, increment);
        }
        int n = t.size;
        long[] firstCycle = t.firstCycle;
        long[] firstStart = t.firstStart;
        long[] firstLength = t.firstLength;
        long[] inc = t.increment;
        long[] cnt = t.count;
        if (n == firstCycle.length) {
            int capacity = Math.max(4, n * 2);
            firstCycle = Arrays.copyOf(firstCycle, capacity);
            firstStart = Arrays.copyOf(firstStart, capacity);
            firstLength = Arrays.copyOf(firstLength, capacity);
            inc = Arrays.copyOf(inc, capacity);
            cnt = Arrays.copyOf(cnt, capacity);
        }
        firstCycle[n] = cycle;
        firstStart[n] = start;
        firstLength[n] = length;
        inc[n] = increment;
        cnt[n] = count;
        return new Table(firstCycle, firstStart, firstLength, inc, cnt, n + 1, count == ENDLESS);
    }

    /** How many cycles, from length {@code l}, keep changing length by exactly {@code c}. */
    private long runLength(long l, long c) {
        double product = l * decay;
        if (l >= MONOTONE_LIMIT || product >= MONOTONE_LIMIT) {
            return 1;
        }
        int binade = Math.getExponent(product);
        long maxMember = c > 0 ? ((long) MONOTONE_LIMIT - l) / c : (l - 1) / -c;
        long good = 0; // member 0 heads the run by construction
        long bad = maxMember + 1;
        for (long probe = 1; probe <= maxMember; probe = Math.min(maxMember, probe * 2)) {
            if (!sameStep(l + probe * c, c, binade)) {
                bad = probe;
                break;
            }
            good = probe;
            if (probe == maxMember) {
                break;
            }
        }
        while (bad - good > 1) { // the step is monotone within one binade: bisect
            long mid = good + (bad - good) / 2;
            if (sameStep(l + mid * c, c, binade)) {
                good = mid;
            } else {
                bad = mid;
            }
        }
        return good + 1;
    }

    private boolean sameStep(long length, long c, int binade) {
        double product = length * decay;
        return Math.getExponent(product) == binade && next.applyAsLong(length) - length == c;
    }
}
