package org.lrsched.schedule;

import java.util.Objects;
import org.lrsched.internal.Py;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.plan.Planned;
import org.lrsched.spec.Spec;

/**
 * A cycle shape repeated for ever: cycle 0 lasts {@code cycle_length} steps, each next cycle
 * {@code ceil(previous * cycle_length_decay)} steps (a double product, then ceil: 100 * 1.1 gives 111), and
 * cycle {@code k} is scaled by {@code cycle_magnitude_decay ** k}. A step exactly on a cycle's end starts the
 * next cycle at offset 0. With a cosine shape and both decays this is SGDR.
 */
public final class CyclicalSchedule extends AbstractSchedule implements Planned {
    private static final int CACHED_MAGNITUDES = 256;

    private final CycleShape shape;
    private final CycleLength cycleLength;
    private final double cycleLengthDecay;
    private final double cycleMagnitudeDecay;
    /** Whole cycle lengths: from cycle 0 for a whole first length, else from cycle 1. */
    private final LengthRuns runs;
    /** For a real first length: the loop's float cycle ends (null for a whole one). */
    private final FloatCycleEnds floatEnds;
    /** {@code cycle_magnitude_decay ** k} for the first cycles, where growing cycles spend every step. */
    private final double[] firstMagnitudes;

    public CyclicalSchedule(CycleShape shape, CycleLength cycleLength, double cycleLengthDecay,
            double cycleMagnitudeDecay) {
        this.shape = Objects.requireNonNull(shape, "shape");
        this.cycleLength = Objects.requireNonNull(cycleLength, "cycle_length");
        this.cycleLengthDecay = Require.positive("cycle_length_decay", cycleLengthDecay);
        this.cycleMagnitudeDecay = Require.positive("cycle_magnitude_decay", cycleMagnitudeDecay);
        if (!cycleLength.isWhole() && !(Math.ceil(cycleLength.real() * cycleLengthDecay) >= 1)) {
            throw Require.bad("cycle_length_decay", cycleLengthDecay,
                    "gives a second cycle of 0 steps after cycle_length=" + cycleLength);
        }
        this.firstMagnitudes = new double[CACHED_MAGNITUDES];
        for (int k = 0; k < CACHED_MAGNITUDES; k++) {
            firstMagnitudes[k] = cycleMagnitudeDecay == 1 ? 1 : StrictMath.pow(cycleMagnitudeDecay, k);
        }
        if (cycleLength.isWhole()) {
            this.runs = new LengthRuns(cycleLength.whole(), cycleLengthDecay, this::nextLength);
            this.floatEnds = null;
        } else {
            this.runs = new LengthRuns(secondLength(), cycleLengthDecay, this::nextLength);
            this.floatEnds = new FloatCycleEnds(this, runs);
        }
    }

    public CycleShape shape() {
        return shape;
    }

    public CycleLength cycleLength() {
        return cycleLength;
    }

    public double cycleLengthDecay() {
        return cycleLengthDecay;
    }

    public double cycleMagnitudeDecay() {
        return cycleMagnitudeDecay;
    }

    /** The length that follows a whole cycle length, saturating at {@code Long.MAX_VALUE} (never ends). */
    public long nextLength(long length) {
        return ceilToLength((double) length * cycleLengthDecay);
    }

    /** The length of cycle 1, which follows the first length whether it is whole or real. */
    public long secondLength() {
        return ceilToLength(cycleLength.real() * cycleLengthDecay);
    }

    /**
     * The exact length of a cycle whose {@code nextLength} saturated: Python's ceil is an exact int past every
     * long, and the double it comes from holds it exactly. {@code previous} is the length before it.
     */
    public double saturatedLength(long previous) {
        return Math.ceil((double) previous * cycleLengthDecay);
    }

    /** Python's {@code math.ceil} of the double product; past 2^63 the cycle never ends in a long step. */
    private static long ceilToLength(double product) {
        double next = Math.ceil(product);
        return next >= 0x1p63 ? Long.MAX_VALUE : (long) next;
    }

    /**
     * {@code cycle_magnitude_decay ** cycle}, as Python computes it.
     *
     * @throws ArithmeticException where that overflows, as Python's {@code OverflowError}
     */
    public double magnitude(long cycle) {
        if (cycle < CACHED_MAGNITUDES) {
            if (Double.isInfinite(firstMagnitudes[(int) cycle])) {
                throw overflow(cycle);
            }
            return firstMagnitudes[(int) cycle];
        }
        if (cycleMagnitudeDecay == 1) {
            return 1;
        }
        double m = StrictMath.pow(cycleMagnitudeDecay, cycle);
        if (Double.isInfinite(m)) {
            throw overflow(cycle);
        }
        return m;
    }

    private static ArithmeticException overflow(long cycle) {
        return new ArithmeticException("cycle_magnitude_decay ** " + cycle
                + " overflows to infinity (the reference Python raises OverflowError here)");
    }

    /** The float cycle ends of a real first length (null for a whole one): for tests of the replay. */
    FloatCycleEnds floatEnds() {
        return floatEnds;
    }

    /**
     * The cycle that holds {@code step}, exactly as the tutorial's loop finds it, in time that does not grow
     * with the step. With a real first length, cycle 0 covers the steps below it and the cycles' whole steps are
     * counted from there.
     */
    public Cycle cycleOf(long step) {
        Require.step(step);
        if (cycleLength.isWhole()) {
            return runs.find(step);
        }
        double first = cycleLength.real();
        if (!Py.le(first, step)) {
            return new Cycle(0, 0, (long) Math.ceil(first));
        }
        FloatCycleEnds.Found c = floatEnds.find(step);
        if (c == null) {
            c = floatEnds.beyond(step);
        }
        return Cycle.between(c.index, c.start, c.end);
    }

    @Override
    public double at(long step) {
        Require.step(step);
        if (cycleLength.isWhole()) {
            Cycle c = runs.find(step);
            if (c.length() == Long.MAX_VALUE && c.index() > 0) {
                double length = saturatedLength(runs.find(c.start() - 1).length());
                return shape.at(step - c.start(), length) * magnitude(c.index());
            }
            return shape.at(step - c.start(), c.length()) * magnitude(c.index());
        }
        double first = cycleLength.real();
        if (!Py.le(first, step)) {
            return shape.at((step - first) + first, first) * magnitude(0);
        }
        FloatCycleEnds.Found c = floatEnds.find(step);
        if (c == null) { // past 2^53 Python's float sums round at every cycle: replay them from there
            c = floatEnds.beyond(step);
        }
        return shape.at((step - c.end) + c.length, c.length) * magnitude(c.index);
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        if (!cycleLength.isWhole()) {
            sink.perStep(count, this, first);
            return;
        }
        Cycle cycle = runs.find(first);
        long index = cycle.index();
        long start = cycle.start();
        long length = cycle.length();
        long s = first;
        long end = first + count;
        while (true) {
            boolean last = start > Long.MAX_VALUE - length || start + length >= end;
            long n = (last ? end : start + length) - s;
            if (length == Long.MAX_VALUE && index > 0) {
                sink.perStep(n, this, s); // a length past every long: at() has its exact value
            } else {
                shape.plan(s - start, n, length, magnitude(index), sink);
            }
            s += n;
            if (last) {
                return;
            }
            boolean whole = s - n == start;
            start += length;
            index++;
            long following = nextLength(length);
            double m = magnitude(index);
            if (whole && following == length && length < Long.MAX_VALUE && (m == 1 || m == 0)
                    && m == magnitude(index - 1)) { // 1 for ever, or underflowed to 0 for ever
                sink.repeat(end - s, length); // settled length, constant magnitude: every cycle is this one
                return;
            }
            length = following;
        }
    }

    @Override
    public Spec spec() {
        return Spec.of("cyclical").put("shape", shape.spec()).put("cycle_length", cycleLength.specValue())
                .put("cycle_length_decay", cycleLengthDecay).put("cycle_magnitude_decay", cycleMagnitudeDecay)
                .build();
    }
}
