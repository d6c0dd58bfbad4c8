package org.lrsched.schedule;

import static org.lrsched.internal.Py.div;
import static org.lrsched.internal.Py.le;

import org.lrsched.internal.Py;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Spec;

/**
 * The tutorial's triangular cycle: linear from {@code min_lr} up to {@code max_lr} over the first
 * {@code inc_fraction} of the cycle, linear back down over the rest, then {@code min_lr}.
 */
public final class TriangularShape implements CycleShape {
    private final double minLr;
    private final double maxLr;
    private final double incFraction;

    public TriangularShape(double minLr, double maxLr, double incFraction) {
        this.minLr = Require.finite("min_lr", minLr);
        this.maxLr = Require.finite("max_lr", maxLr);
        Require.finite("inc_fraction", incFraction);
        if (!(incFraction > 0 && incFraction <= 1)) {
            throw Require.bad("inc_fraction", incFraction, "must be in (0, 1]");
        }
        this.incFraction = incFraction;
    }

    public double minLr() {
        return minLr;
    }

    public double maxLr() {
        return maxLr;
    }

    public double incFraction() {
        return incFraction;
    }

    @Override
    public double at(long offset, long length) {
        double peak = (double) length * incFraction;
        double unit;
        if (le(offset, peak)) {
            unit = div(offset, peak);
        } else if (offset <= length) {
            unit = div(length - offset, (double) length * (1 - incFraction));
        } else {
            unit = 0;
        }
        return scale(unit);
    }

    @Override
    public double at(long offset, double length) {
        double peak = length * incFraction;
        double unit;
        if (le(offset, peak)) {
            unit = div(offset, peak);
        } else if (le(offset, length)) {
            // a whole length here is one past every long (Python's exact int); a real one is a float
            double rest = length == Math.floor(length) ? Py.wholeDifference(length, offset) : length - offset;
            unit = div(rest, length * (1 - incFraction));
        } else {
            unit = 0;
        }
        return scale(unit);
    }

    @Override
    public double at(double offset, double length) {
        double peak = length * incFraction;
        double unit;
        if (offset <= peak) {
            unit = div(offset, peak);
        } else if (offset <= length) {
            unit = div(length - offset, length * (1 - incFraction));
        } else {
            unit = 0;
        }
        return scale(unit);
    }

    @Override
    public void plan(long offset, long count, long length, double magnitude, PieceSink sink) {
        long end = offset + count;
        double peak = (double) length * incFraction;
        long rising = peak >= 0x1p63 ? Long.MAX_VALUE : (long) Math.floor(peak) + 1; // offsets with off <= peak
        long o = offset;
        double r = maxLr - minLr;
        if (o < rising) {
            long n = Math.min(end, rising) - o;
            sink.divScale(n, o, 1, peak, r, minLr, magnitude);
            o += n;
        }
        long falling = length == Long.MAX_VALUE ? Long.MAX_VALUE : length + 1; // offsets with off <= length
        if (o < end && o < falling) {
            long n = Math.min(end, falling) - o;
            double down = (double) length * (1 - incFraction);
            if (down == 0) {
                div(length - o, down); // the reference raises here
            }
            sink.divScale(n, length - o, -1, down, r, minLr, magnitude);
            o += n;
        }
        if (o < end) {
            sink.constant(end - o, scale(0) * magnitude);
        }
    }

    private double scale(double unit) {
        return unit * (maxLr - minLr) + minLr;
    }

    @Override
    public Spec spec() {
        return Spec.of("triangular").put("min_lr", minLr).put("max_lr", maxLr).put("inc_fraction", incFraction).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TriangularShape && spec().equals(((TriangularShape) o).spec());
    }

    @Override
    public int hashCode() {
        return spec().hashCode();
    }

    @Override
    public String toString() {
        return spec().toString();
    }
}
