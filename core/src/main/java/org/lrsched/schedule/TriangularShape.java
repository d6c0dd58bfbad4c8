package org.lrsched.schedule;

import static org.lrsched.internal.Py.div;
import static org.lrsched.internal.Py.le;

import org.lrsched.internal.Require;
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
            unit = div(length - offset, length * (1 - incFraction));
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
