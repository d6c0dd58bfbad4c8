package org.lrsched.schedule;

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
 * <p>Memory is bounded: at most {@value RunTable#MAX_KEPT} runs are kept ({@link RunTable}). Decays just above 1
 * can need millions of runs to reach 2^63; then every other kept run is dropped, as often as needed, and a lookup
 * walks on from the kept run before its step, cycle by cycle where runs are short. The table only grows and is
 * published whole, so reads take no lock.
 */
final class LengthRuns {
    private static final double MONOTONE_LIMIT = 0x1p52;
    /** A walk crosses a run whole, by its closed form, once the run's increment has repeated this often. */
    private static final int REPEATS_BEFORE_JUMP = 4;

    private final CycleLengths lengths;
    private final double decay;
    private final Object growLock = new Object();
    private volatile RunTable table;

    /** Cycles from {@code firstLength} on under {@code lengths}' decay (the first length may be a later cycle's). */
    LengthRuns(long firstLength, CycleLengths lengths) {
        this(firstLength, lengths, RunTable.MAX_KEPT);
    }

    /** As above, keeping at most {@code maxKept} runs (even): small tables for tests of the thinned walk. */
    LengthRuns(long firstLength, CycleLengths lengths, int maxKept) {
        this.lengths = lengths;
        this.decay = lengths.decay().asDouble();
        this.table = RunTable.of(runAt(0, 0, firstLength), maxKept);
    }

    /** The cycle that holds {@code step}, as the tutorial's loop would find it. */
    Cycle find(long step) {
        RunTable t = table;
        if (!t.complete() && t.last.end() <= step) {
            t = grow(step);
        }
        if (step >= t.last.firstStart()) { // a fixed length's one endless run, or the far end of a growing table
            return t.last.cycleAt(step);
        }
        int kept = t.keptAtOrBefore(step);
        return t.thinned() ? walk(t.head(kept), step) : t.run(kept).cycleAt(step);
    }

    /**
     * The cycle that holds {@code step}, from a cycle that starts at or before it: cycle by cycle, as the law
     * itself runs, which is cheapest where runs are short; a run whose increment repeats is crossed whole by its
     * closed form. With a real decay the lengths are carried as doubles too, so that the chain from one length
     * to the next is one product and one ceil, without conversions.
     */
    private Cycle walk(Cycle from, long step) {
        long k = from.index();
        long start = from.start();
        long length = from.length();
        double realLength = length;
        long increment = 0;
        int repeats = 0;
        while (step - start >= length) {
            long next;
            if (lengths.decay().isWhole()) {
                next = lengths.next(length);
            } else {
                realLength = Math.ceil(realLength * decay); // CycleLengths.next, as (double) length is realLength
                next = realLength >= 0x1p63 ? Long.MAX_VALUE : (long) realLength;
            }
            if (next - length != increment) {
                increment = next - length;
                repeats = 0;
            } else if (++repeats == REPEATS_BEFORE_JUMP) {
                Run run = runAt(k, start, length);
                long end = run.end();
                if (end == Run.PAST_EVERY_LONG || step < end) {
                    return run.cycleAt(step);
                }
                k += run.count();
                start = end;
                length = run.firstLength() + run.count() * run.increment();
                realLength = length;
                increment = 0;
                repeats = 0;
                continue;
            }
            start += length;
            k++;
            length = next;
        }
        return new Cycle(k, start, length);
    }

    /**
     * Finds runs until one holds {@code step} (or none follows), under one lock, and publishes the grown table
     * once: readers see either the old table or the new one, never a half-built one.
     */
    private RunTable grow(long step) {
        synchronized (growLock) {
            RunTable.Growth growth = table.growth();
            Run last = growth.last();
            long cycle = last.firstCycle();
            long start = last.firstStart();
            long length = last.firstLength();
            long increment = last.increment();
            long count = last.count();
            long end = last.end();
            while (count != Run.ENDLESS && end != Run.PAST_EVERY_LONG && end <= step) { // no Run objects here
                cycle += count;
                length += count * increment;
                start = end;
                increment = increment(start, length);
                count = count(length, increment);
                end = Run.end(start, length, increment, count);
                growth.add(cycle, start, length, increment, count);
            }
            RunTable t = growth.table();
            table = t;
            return t;
        }
    }

    /** The run headed by the given cycle. */
    private Run runAt(long cycle, long start, long length) {
        long increment = increment(start, length);
        return new Run(cycle, start, length, increment, count(length, increment));
    }

    /** The length change from a cycle to the next; 0 for a cycle that never ends. */
    private long increment(long start, long length) {
        return start > Long.MAX_VALUE - length ? 0 : lengths.next(length) - length;
    }

    /** The count of the run from a cycle of {@code length} whose next one is {@code increment} longer. */
    private long count(long length, long increment) {
        if (increment == 0) {
            return Run.ENDLESS;
        }
        if (length + increment == Long.MAX_VALUE || lengths.growsExactly()) { // past every long, or a new step each cycle
            return 1;
        }
        return runLength(length, increment);
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
        boolean secondExists = c > 0 ? l + c <= (long) MONOTONE_LIMIT : l + c >= 1;
        if (!secondExists || !sameStep(l + c, c, binade)) {
            return 1; // the one probe most runs of a growing decay need: past its first runs, a run per cycle
        }
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
