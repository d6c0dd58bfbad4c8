package org.lrsched.schedule;

import static org.lrsched.internal.Py.div;
import static org.lrsched.internal.Py.le;

import java.math.BigInteger;
import org.lrsched.Spec;
import org.lrsched.formula.DivScale;
import org.lrsched.internal.Py;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * The tutorial's triangular cycle: linear from {@code min_lr} up to {@code max_lr} over the first
 * {@code inc_fraction} of the cycle, linear back down over the rest, then {@code min_lr}.
 */
public final class TriangularShape implements CycleShape {
    static final Param<Double> MIN_LR = Param.of("min_lr", Kinds.REAL, "the rate at the start and end of the cycle");
    static final Param<Double> MAX_LR = Param.of("max_lr", Kinds.REAL, "the rate at the peak");
    static final Param<Double> INC_FRACTION = Param.of("inc_fraction", Kinds.REAL,
            "the fraction of the cycle spent rising").rule("in (0, 1]", f -> f > 0 && f <= 1).orElse(0.5);

    /** As a cyclical schedule's shape, where the cycle gives the length. */
    public static final ScheduleType<TriangularShape> TYPE = ScheduleType.<TriangularShape>of("triangular",
                    "a linear rise from min_lr to max_lr over inc_fraction of each cycle, a linear fall over the rest")
            .param(MIN_LR, TriangularShape::minLr)
            .param(MAX_LR, TriangularShape::maxLr)
            .param(INC_FRACTION, TriangularShape::incFraction)
            .example("triangular(min_lr=0.5, max_lr=2)")
            .build(v -> new TriangularShape(v.get(MIN_LR), v.get(MAX_LR), v.get(INC_FRACTION)));

    private final double minLr;
    private final double maxLr;
    private final double incFraction;
    private final double range;

    /**
     * The shape: {@code new CyclicalSchedule(new TriangularShape(0.5, 2, 0.5), CycleLength.of(500), 1, 1)} is the
     * {@code cyclical_triangular} preset.
     *
     * @param minLr {@code min_lr}: the rate at the start and end of the cycle
     * @param maxLr {@code max_lr}: the rate at the peak
     * @param incFraction {@code inc_fraction}: the fraction of the cycle spent rising, in (0, 1] (0.5: symmetric)
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public TriangularShape(double minLr, double maxLr, double incFraction) {
        this.minLr = MIN_LR.require(minLr);
        this.maxLr = MAX_LR.require(maxLr);
        this.incFraction = INC_FRACTION.require(incFraction);
        this.range = Require.range("max_lr", maxLr, "min_lr", minLr);
    }

    /**
     * The rate at the start and end of the cycle.
     *
     * @return {@code min_lr}
     */
    public double minLr() {
        return minLr;
    }

    /**
     * The rate at the peak.
     *
     * @return {@code max_lr}
     */
    public double maxLr() {
        return maxLr;
    }

    /**
     * The fraction of the cycle spent rising.
     *
     * @return {@code inc_fraction}
     */
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
    public double at(long offset, BigInteger length) {
        double real = length.doubleValue();
        double peak = real * incFraction;
        double unit;
        if (le(offset, peak)) {
            unit = div(offset, peak);
        } else {
            // offset <= length: the length is past every long; Python's int difference, then one rounding
            unit = div(length.subtract(BigInteger.valueOf(offset)).doubleValue(), real * (1 - incFraction));
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
        if (o < rising) {
            long n = Math.min(end, rising) - o;
            sink.piece(n, o, 1, new DivScale(peak, range, minLr, magnitude));
            o += n;
        }
        long falling = length == Long.MAX_VALUE ? Long.MAX_VALUE : length + 1; // offsets with off <= length
        if (o < end && o < falling) {
            long n = Math.min(end, falling) - o;
            double down = (double) length * (1 - incFraction);
            if (down == 0) {
                div(length - o, down); // the reference raises here
            }
            sink.piece(n, length - o, -1, new DivScale(down, range, minLr, magnitude));
            o += n;
        }
        if (o < end) {
            sink.constant(end - o, scale(0) * magnitude);
        }
    }

    private double scale(double unit) {
        return unit * range + minLr;
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
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
