package org.lrsched.schedule;

import org.lrsched.internal.Py;
import org.lrsched.internal.Require;

/**
 * A literal port of the tutorial's {@code CyclicalSchedule.__call__}: walk cycle by cycle from the start until
 * the step's cycle is found. O(cycles) per step; kept as the oracle the closed-form cycle lookup is tested
 * against, and for {@code lrsched verify}.
 */
public final class CyclicalLoop {
    private CyclicalLoop() {}

    /**
     * The rate at {@code step}, walking every cycle before it.
     *
     * @param s the schedule
     * @param step the step
     * @return what the tutorial's loop returns there
     * @throws ArithmeticException where the reference's loop never ends
     */
    public static double at(CyclicalSchedule s, long step) {
        Require.step(step);
        CycleLength first = s.lengths().first();
        return first.isWhole() ? wholeAt(s, step, first.whole()) : realAt(s, step, first.real());
    }

    /** Whole first length: Python's exact int arithmetic; a cycle that would end past 2^63 never ends. */
    private static double wholeAt(CyclicalSchedule s, long step, long firstLength) {
        long cycle = 0;
        long length = firstLength;
        long previous = 0;
        long start = 0;
        while (length <= step - start) { // idx = start + length <= step, without overflow
            start += length;
            previous = length;
            length = s.lengths().next(length);
            cycle++;
        }
        if (length == Long.MAX_VALUE && cycle > 0) { // Python's int length is past every long
            return s.shape().at(step - start, s.lengths().wholeAfter(previous)) * s.magnitude(cycle);
        }
        return s.shape().at(step - start, length) * s.magnitude(cycle);
    }

    /** Real first length: {@code idx} is a Python float, so cycle ends and offsets are float sums. */
    private static double realAt(CyclicalSchedule s, long step, double firstLength) {
        if (!Py.le(firstLength, step)) {
            return s.shape().at((step - firstLength) + firstLength, firstLength) * s.magnitude(0);
        }
        double second = s.lengths().exactSecond();
        return replay(s, step, 1, firstLength + second, second);
    }

    /** The cycle of a step past the float loop's exact range, walked from its last binade crossing. */
    static FloatCycleEnds.Found replayCycle(CyclicalSchedule s, long step, FloatCycleEnds.Found from) {
        long cycle = from.index();
        double start = from.start();
        double idx = from.end();
        long length = asLong(from.length());
        double exactLength = from.length();
        while (Py.le(idx, step)) {
            exactLength = s.lengths().exactAfter(length);
            length = s.lengths().next(length);
            cycle++;
            double next = idx + exactLength;
            if (next == idx) {
                throw new ArithmeticException("the reference loop never ends at step " + step
                        + ": its float cycle end stops growing at " + idx);
            }
            start = idx;
            idx = next;
        }
        return new FloatCycleEnds.Found(cycle, start, idx, exactLength);
    }

    /** A whole length as the saturating long that {@code CycleLengths.next} takes. */
    private static long asLong(double wholeLength) {
        return wholeLength >= 0x1p63 ? Long.MAX_VALUE : (long) wholeLength;
    }

    /**
     * The loop from cycle {@code cycle}, whose float end is {@code idx} and whose length is {@code exactLength}
     * (as Python's int holds it, past every long too), on to the step's value.
     */
    static double replay(CyclicalSchedule s, long step, long cycle, double idx, double exactLength) {
        FloatCycleEnds.Found c = replayCycle(s, step, new FloatCycleEnds.Found(cycle, Double.NaN, idx, exactLength));
        return s.shape().at((step - c.end()) + c.length(), c.length()) * s.magnitude(c.index());
    }
}
