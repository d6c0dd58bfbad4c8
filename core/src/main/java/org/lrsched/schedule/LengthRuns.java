package org.lrsched.schedule;

import java.util.Arrays;

/**
 * The cycles of a whole first length {@code L0} under the tutorial's law of lengths ({@link CycleLengths}), found
 * for any step in time that does not grow with the step.
 *
 * <p>Consecutive cycles whose length changes by the same whole amount form a {@link Run}, whose members are the
 * roots of a quadratic. A fixed length (decay 1, or a decay below 1 once it settles) is one endless run: a
 * division. Growth by {@code decay > 1} gives a run per cycle (about 63 / log2(decay) of them before 2^63); a
 * decay barely above 1 gives long runs of +1, +2, ... Runs are found lazily, as far as the steps asked for.
 *
 * <p>Why a run's end can be found by bisection: for {@code L*d < 2^52} the product's binade has a grid
 * {@code u <= 1/2} that every whole {@code L} lies on, so {@code fl(L*d) = L + round_u(L*(d-1))} and the step
 * {@code ceil(fl(L*d)) - L} is monotone in {@code L} while the product stays in one binade. Runs are cut at
 * binade changes; lengths past 2^52 are walked one cycle at a time (few cycles fit below 2^63 there).
 *
 * <p>Memory is bounded: at most {@value #MAX_KEPT} runs are kept (about 4 MiB). Decays just above 1 can need
 * millions of runs to reach 2^63; then every other kept run is dropped, as often as needed, and a lookup walks
 * forward from the nearest kept run, at most {@code runs / 32768} runs. The table only grows and is published
 * whole, so reads take no lock.
 */
final class LengthRuns {
    static final int MAX_KEPT = 1 << 16;
    private static final double MONOTONE_LIMIT = 0x1p52;

    private final CycleLengths lengths;
    private final double decay;
    private final Object growLock = new Object();
    private volatile Table table;

    /** Kept runs (run number {@code i << shift} at index i), and the last run found so far. */
    private record Table(Run[] kept, int size, int shift, Run last, long lastNumber) {
        /** No cycle starts after the last run. */
        boolean complete() {
            return last.count() == Run.ENDLESS || last.end() == Run.PAST_EVERY_LONG;
        }
    }

    /** Cycles from {@code firstLength} on under {@code lengths}' decay (the first length may be a later cycle's). */
    LengthRuns(long firstLength, CycleLengths lengths) {
        this.lengths = lengths;
        this.decay = lengths.decay().asDouble();
        Run first = runAt(0, 0, firstLength);
        Run[] kept = new Run[16];
        kept[0] = first;
        this.table = new Table(kept, 1, 0, first, 0);
    }

    /** The cycle that holds {@code step}, as the tutorial's loop would find it. */
    Cycle find(long step) {
        Table t = table;
        if (!t.complete() && t.last.end() <= step) {
            t = grow(step);
        }
        Run r = t.kept[keptAtOrBefore(t, step)];
        for (long end = r.end(); end != Run.PAST_EVERY_LONG && end <= step; end = r.end()) {
            r = following(r); // only where runs were thinned out
        }
        return r.cycleAt(step);
    }

    private static int keptAtOrBefore(Table t, long step) {
        int lo = 0;
        int hi = t.size - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (t.kept[mid].firstStart() <= step) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * Finds runs until one holds {@code step} (or none follows), under one lock, and publishes the grown table
     * once: readers see either the old table or the new one, never a half-built one.
     */
    private Table grow(long step) {
        synchronized (growLock) {
            Table t = table;
            Run last = t.last;
            long number = t.lastNumber;
            Run[] kept = t.kept;
            int size = t.size;
            int shift = t.shift;
            while (!(last.count() == Run.ENDLESS || last.end() == Run.PAST_EVERY_LONG) && last.end() <= step) {
                last = following(last);
                number++;
                if ((number & ((1L << shift) - 1)) != 0) {
                    continue;
                }
                if (size == MAX_KEPT) { // keep every other run: bounded memory, longer walks
                    Run[] thinned = new Run[MAX_KEPT];
                    for (int i = 0; i < MAX_KEPT / 2; i++) {
                        thinned[i] = kept[2 * i];
                    }
                    kept = thinned;
                    size = MAX_KEPT / 2;
                    shift++; // number is a multiple of the doubled spacing: it heads the second half
                } else if (size == kept.length) {
                    kept = Arrays.copyOf(kept, Math.min(MAX_KEPT, size * 2));
                }
                kept[size++] = last; // readers of the older table never look at this index
            }
            if (last != t.last) {
                t = new Table(kept, size, shift, last, number);
                table = t;
            }
            return t;
        }
    }

    /** The run after {@code run}; never called on an endless one. */
    private Run following(Run run) {
        return runAt(run.firstCycle() + run.count(), run.end(), run.firstLength() + run.count() * run.increment());
    }

    /** The run headed by the given cycle. */
    private Run runAt(long cycle, long start, long length) {
        boolean headEndless = start > Long.MAX_VALUE - length;
        long following = lengths.next(length);
        long increment = headEndless ? 0 : following - length;
        long count;
        if (increment == 0) {
            count = Run.ENDLESS;
        } else if (following == Long.MAX_VALUE || lengths.growsExactly()) { // past every long, or a new step each cycle
            count = 1;
        } else {
            count = runLength(length, increment);
        }
        return new Run(cycle, start, length, increment, count);
    }

    /**
     * How many cycles, from length {@code l}, keep changing length by exactly {@code c}. The members that do are a
     * prefix of {@code 0..maxMember} (the step is monotone within one binade), so the answer is found by galloping
     * from an estimate and bisecting: a few probes when the estimate is close, as it is away from binade and
     * rounding edges, and never wrong when it is not.
     */
    private long runLength(long l, long c) {
        double product = l * decay;
        if (l >= MONOTONE_LIMIT || product >= MONOTONE_LIMIT) {
            return 1;
        }
        int binade = Math.getExponent(product);
        long maxMember = c > 0 ? ((long) MONOTONE_LIMIT - l) / c : (l - 1) / -c;
        long guess = Math.max(0, Math.min(maxMember, lastMemberEstimate(l, c, binade)));
        long good; // member 0 heads the run by construction
        long bad;
        if (sameStep(l + guess * c, c, binade)) {
            good = guess;
            bad = maxMember + 1;
            for (long reach = 1; good < maxMember; reach *= 2) {
                long probe = Math.min(maxMember, good + reach);
                if (!sameStep(l + probe * c, c, binade)) {
                    bad = probe;
                    break;
                }
                good = probe;
            }
        } else {
            bad = guess;
            good = 0;
            for (long reach = 1; reach < bad; reach *= 2) {
                long probe = bad - reach;
                if (sameStep(l + probe * c, c, binade)) {
                    good = probe;
                    break;
                }
                bad = probe;
            }
        }
        while (bad - good > 1) {
            long mid = good + (bad - good) / 2;
            if (sameStep(l + mid * c, c, binade)) {
                good = mid;
            } else {
                bad = mid;
            }
        }
        return good + 1;
    }

    /**
     * Where the run from {@code l} should end: in the monotone range the step is about {@code ceil(L * (decay -
     * 1))}, so it stays {@code c} up to {@code L = c / (decay - 1)}; the binade of {@code L * decay} ends at
     * {@code 2^(binade+1) / decay} growing, {@code 2^binade / decay} shrinking. Only a starting point.
     */
    private long lastMemberEstimate(long l, long c, int binade) {
        double stepEdge = c / (decay - 1);
        double binadeEdge = Math.scalb(1.0, c > 0 ? binade + 1 : binade) / decay;
        double edge = c > 0 ? Math.min(stepEdge, binadeEdge) : Math.max(stepEdge, binadeEdge);
        double members = (edge - l) / c;
        return members >= 0x1p62 ? 1L << 62 : (long) members;
    }

    private boolean sameStep(long length, long c, int binade) {
        double product = length * decay;
        return Math.getExponent(product) == binade && lengths.next(length) - length == c;
    }
}
