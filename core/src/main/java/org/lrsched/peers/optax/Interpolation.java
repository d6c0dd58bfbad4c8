package org.lrsched.peers.optax;

import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;
import org.lrsched.formula.CosineInterpolation;
import org.lrsched.formula.DivScale;
import org.lrsched.formula.Formula;
import org.lrsched.internal.Overflow;
import org.lrsched.plan.PieceSink;

/**
 * What Optax's {@code piecewise_interpolate_schedule} computes, shared by the schedules built on it (the two
 * one-cycle schedules). Boundaries {@code b = (0,) + sorted keys}, values {@code v} the running products of
 * {@code init_value} and the scales (exact ints when all are ints, else floats multiplied left to right); for
 * {@code b[k] <= count < b[k+1]}, with {@code pct = (count - b[k]) / max(b[k+1] - b[k], 1)}, linear
 * {@code (v[k+1] - v[k]) * pct + v[k]} or cosine {@code v[k+1] + (v[k] - v[k+1]) / 2.0 * (cos(pi * pct) + 1)};
 * {@code v[m]} from {@code b[m]} on.
 */
final class Interpolation {
    /** A non-empty interval {@code [start, end)} of steps, its variable {@code count - origin}. */
    private record Segment(long start, long end, long origin, double size, double a, double c, Formula formula) {}

    private final boolean cosine;
    private final Segment[] segments;
    private final long[] starts;
    /** {@code v[m]}, from {@link #finalStart} on. */
    private final double last;
    private final long finalStart;

    /**
     * @param badScales the error for scales whose running product leaves the numbers
     * @param badBoundaries the error for two boundaries further apart than every long
     */
    Interpolation(boolean cosine, Number initValue, SortedMap<Long, Number> scales,
            Function<String, IllegalArgumentException> badScales,
            Function<String, IllegalArgumentException> badBoundaries) {
        this.cosine = cosine;
        int m = scales.size();
        long[] b = new long[m + 1];
        Number[] factors = new Number[m + 1];
        factors[0] = initValue;
        int i = 1;
        for (Map.Entry<Long, Number> e : scales.entrySet()) {
            b[i] = e.getKey();
            factors[i] = e.getValue();
            i++;
        }
        boolean ints = true;
        for (Number f : factors) {
            ints &= PyNum.isInt(f);
        }
        long[] whole = new long[m + 1];
        double[] real = new double[m + 1];
        for (int k = 0; k <= m; k++) {
            if (ints) {
                Number product = k == 0 ? factors[0] : PyNum.times(whole[k - 1], factors[k]);
                if (product == null) {
                    throw badScales.apply("must keep the running product of init_value and the scales within the"
                            + " integers of 64 bits (it leaves them at boundary " + b[k] + ")");
                }
                whole[k] = (Long) product;
                real[k] = (double) whole[k];
            } else {
                real[k] = k == 0 ? PyNum.real(factors[0]) : real[k - 1] * PyNum.real(factors[k]);
                if (!Double.isFinite(real[k])) {
                    throw badScales.apply("must keep the running product of init_value and the scales finite (it is"
                            + " " + real[k] + " from boundary " + b[k] + " on)");
                }
            }
        }
        java.util.List<Segment> list = new java.util.ArrayList<>();
        for (int k = 0; k < m; k++) {
            long width;
            try {
                width = Math.subtractExact(b[k + 1], b[k]);
            } catch (ArithmeticException e) {
                throw badBoundaries.apply("must not hold two consecutive boundaries more than 2^63 - 1 apart (from "
                        + b[k] + " to " + b[k + 1] + ")");
            }
            long start = Math.max(b[k], 0);
            if (b[k + 1] <= start) {
                continue; // never active
            }
            double size = Math.max(width, 1);
            double a;
            double c;
            Formula formula;
            if (cosine) {
                a = (ints ? PyNum.minus(whole[k], whole[k + 1]) : real[k] - real[k + 1]) / 2.0;
                c = real[k + 1];
                formula = new CosineInterpolation(size, a, c);
            } else {
                a = ints ? PyNum.minus(whole[k + 1], whole[k]) : real[k + 1] - real[k];
                c = real[k];
                formula = new DivScale(size, a, c, 1.0);
            }
            if (!Double.isFinite(a) || !Double.isFinite(formula.scale())) {
                throw badScales.apply("must keep the values' differences finite (from boundary " + b[k] + " to "
                        + b[k + 1] + ")");
            }
            list.add(new Segment(start, b[k + 1], b[k], size, a, c, formula));
        }
        this.segments = list.toArray(new Segment[0]);
        this.starts = list.stream().mapToLong(Segment::start).toArray();
        this.last = real[m];
        this.finalStart = Math.max(b[m], 0);
    }

    /** The index of the segment holding {@code step}, or -1 past them all (where {@code v[m]} holds). */
    private int segment(long step) {
        if (step >= finalStart) {
            return -1;
        }
        int i = java.util.Arrays.binarySearch(starts, step);
        return i >= 0 ? i : -i - 2;
    }

    double at(long step) {
        int i = segment(step);
        if (i < 0) {
            return last;
        }
        Segment s = segments[i];
        double pct = (double) (step - s.origin) / s.size;
        double v = cosine ? s.c + s.a * (StrictMath.cos(Math.PI * pct) + 1) : s.a * pct + s.c;
        return Overflow.check(v, step);
    }

    void plan(long first, long count, PieceSink sink) {
        Phases phases = new Phases(first, count, sink);
        int i = segment(first);
        if (i >= 0) {
            for (; i < segments.length; i++) {
                phases.piece(segments[i].end, segments[i].origin, segments[i].formula);
            }
        }
        phases.constant(Long.MAX_VALUE, last);
    }
}
