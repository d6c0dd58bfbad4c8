package org.lrsched.schedule;

import java.util.Arrays;
import org.lrsched.internal.Py;

/**
 * The tutorial loop's cycle ends when the first cycle length is real: {@code idx} is then a Python float,
 * {@code idx(k) = fl(idx(k-1) + L(k))}, and its rounding decides offsets (and, rarely, which cycle a step is in).
 *
 * <p>Below 2^53 every whole length lies on the grid of {@code idx}'s binade, so a sum rounds only when it
 * crosses into a higher binade: at most 53 times. Those crossings are kept in a small table; between two of
 * them {@code idx} grows by exact whole sums, which the whole-length runs give in closed form. Past 2^53 the
 * float sums round at every cycle: there the loop itself is replayed, from the last crossing.
 */
final class FloatCycleEnds {
    static final double EXACT_LIMIT = 0x1p53;
    /** Cycles a replay past 2^53 may walk: about a second. */
    static final long REPLAY_BUDGET = 1L << 26;

    /**
     * A step's cycle: its index, its float start and end ({@code idx} before and after), and its whole length
     * as Python's int holds it (a double: it may lie past every long).
     */
    record Found(long index, double start, double end, double length) {}

    private final CycleLengths lengths;
    private final LengthRuns wholeRuns; // cycle k >= 1 is the runs' cycle k - 1
    private long[] crossCycle = new long[8]; // cycle whose end crossed into a new binade (0: the first cycle)
    private long[] crossWhole = new long[8]; // sum of whole lengths L(1)..L(k) at that cycle
    private double[] crossEnd = new double[8]; // its float end
    private int crossings;

    /** The ends under {@code lengths}, whose first length is real; {@code wholeRuns} start at its cycle 1. */
    FloatCycleEnds(CycleLengths lengths, LengthRuns wholeRuns) {
        this.lengths = lengths;
        this.wholeRuns = wholeRuns;
        double firstLength = lengths.first().real();
        long cycle = 0;
        long whole = 0;
        double end = firstLength;
        add(cycle, whole, end);
        while (end < EXACT_LIMIT) {
            double binadeEnd = Math.scalb(1.0, Math.getExponent(end) + 1);
            long target = whole + (long) Math.ceil(binadeEnd - end); // first whole sum that reaches binadeEnd
            Cycle crossing = wholeRuns.find(target - 1);
            if (crossing.endless()) {
                return;
            }
            double before = end + (crossing.start() - whole); // exact: still inside the binade
            cycle = crossing.index() + 1;
            whole = crossing.end();
            end = before + crossing.length(); // Python's one rounding, into the new binade
            add(cycle, whole, end);
        }
    }

    private void add(long cycle, long whole, double end) {
        if (crossings == crossCycle.length) {
            crossCycle = Arrays.copyOf(crossCycle, crossings * 2);
            crossWhole = Arrays.copyOf(crossWhole, crossings * 2);
            crossEnd = Arrays.copyOf(crossEnd, crossings * 2);
        }
        crossCycle[crossings] = cycle;
        crossWhole[crossings] = whole;
        crossEnd[crossings] = end;
        crossings++;
    }

    /**
     * The cycle of a step past the exact range: the loop's float sums from the last crossing on.
     *
     * @throws ArithmeticException where the reference's loop never ends, or would take more than {@value
     *     #REPLAY_BUDGET} cycles of replay to reach the step
     */
    Found beyond(long step) {
        return walk(last(), step);
    }

    /**
     * The cycle of {@code step}, walked by the loop's float sums from cycle {@code from} (at or before it). Where
     * the length has settled, a binade with ulp {@code u >= 2} is crossed in one jump: adding the same whole
     * length to a multiple of {@code u} moves it by the same multiple of {@code u} every time, once a first tie
     * (if any) has made it even. A sum that stops growing means the reference's loop never ends: that throws.
     */
    Found walk(Found from, long step) {
        long cycle = from.index();
        double start = from.start();
        double idx = from.end();
        double exactLength = from.length();
        long length = exactLength >= 0x1p63 ? Long.MAX_VALUE : (long) exactLength;
        for (long walked = 0; Py.le(idx, step); walked++) {
            if (walked > REPLAY_BUDGET) {
                throw new ArithmeticException("step " + step + " lies more than " + REPLAY_BUDGET + " cycles past"
                        + " cycle " + from.index() + ", where the float cycle ends of a real first cycle_length pass"
                        + " 2^53 and can only be replayed one by one: lrsched refuses rather than take minutes");
            }
            if (length < Long.MAX_VALUE && lengths.next(length) == length) {
                double first = idx + exactLength;
                double delta = (first + exactLength) - first; // the settled increment, exact
                double binadeEnd = Math.scalb(1.0, Math.getExponent(idx) + 1);
                if (delta > 0 && first + exactLength < binadeEnd && Py.le(first, step)) {
                    long limit = binadeEnd >= 0x1p63 ? step : Math.min(step, (long) binadeEnd - 1);
                    long jumps = (limit - (long) first) / (long) delta; // further sums that stay <= limit
                    start = jumps == 0 ? idx : first + (jumps - 1) * delta;
                    idx = first + jumps * delta;
                    cycle += 1 + jumps;
                    continue;
                }
            }
            exactLength = lengths.exactAfter(length);
            length = lengths.next(length);
            cycle++;
            double next = idx + exactLength;
            if (next == idx) {
                throw new ArithmeticException("the reference loop never ends at step " + step
                        + ": its float cycle end stops growing at " + idx);
            }
            start = idx;
            idx = next;
        }
        return new Found(cycle, start, idx, exactLength);
    }

    /** The last crossing, where a replay of the loop past the exact range starts (never the first cycle). */
    Found last() {
        int j = crossings - 1;
        if (j == 0) {
            throw new IllegalStateException("no crossing: the cycles end before 2^53");
        }
        long length = lengthEndingAt(crossWhole[j]);
        return new Found(crossCycle[j], crossEnd[j - 1] + (crossWhole[j] - length - crossWhole[j - 1]), crossEnd[j],
                length);
    }

    /** The length of cycle {@code k >= 1} that ends with whole sum {@code whole}. */
    private long lengthEndingAt(long whole) {
        return wholeRuns.find(whole - 1).length();
    }

    /**
     * The cycle of a step at or past the first cycle's end, or null when it lies where the float sums round at
     * every cycle (past 2^53).
     */
    Found find(long step) {
        int j = lastAtOrBefore(step);
        if (crossEnd[j] >= EXACT_LIMIT) {
            return null;
        }
        double end = crossEnd[j];
        long floorEnd = (long) Math.floor(end);
        long beyond = (step - floorEnd) - (end > floorEnd ? 1 : 0); // floor(step - end), exactly
        Cycle c = wholeRuns.find(crossWhole[j] + beyond);
        long index = c.index() + 1;
        if (j + 1 < crossings && index >= crossCycle[j + 1]) {
            if (crossEnd[j + 1] >= EXACT_LIMIT) {
                return null;
            }
            long length = lengthEndingAt(crossWhole[j + 1]);
            return new Found(crossCycle[j + 1], end + (crossWhole[j + 1] - length - crossWhole[j]), crossEnd[j + 1],
                    length);
        }
        double start = end + (c.start() - crossWhole[j]);
        if (c.endless()) { // the last cycle: Python's int length may lie past every long
            double length = c.length() < Long.MAX_VALUE ? c.length()
                    : c.index() == 0 ? lengths.exactSecond()
                    : lengths.exactAfter(wholeRuns.find(c.start() - 1).length());
            return new Found(index, start, start + length, length);
        }
        return new Found(index, start, end + (c.end() - crossWhole[j]), c.length());
    }

    /** The last crossing whose float end is at or before {@code step}. */
    private int lastAtOrBefore(long step) {
        int lo = 0;
        int hi = crossings - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (Py.le(crossEnd[mid], step)) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
