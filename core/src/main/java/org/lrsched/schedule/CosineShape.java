package org.lrsched.schedule;

import static org.lrsched.internal.Py.div;
import static org.lrsched.internal.Py.le;

import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Spec;

/**
 * The tutorial's cosine-annealing cycle: half a cosine from {@code max_lr} down to {@code min_lr}, then
 * {@code min_lr}. Uses {@link StrictMath#cos} so the value is the same on every JVM and CPU.
 */
public final class CosineShape implements CycleShape {
    private final double minLr;
    private final double maxLr;

    public CosineShape(double minLr, double maxLr) {
        this.minLr = Require.finite("min_lr", minLr);
        this.maxLr = Require.finite("max_lr", maxLr);
    }

    public double minLr() {
        return minLr;
    }

    public double maxLr() {
        return maxLr;
    }

    @Override
    public double at(long offset, long length) {
        return offset <= length ? scale(div(offset * Math.PI, length)) : minLr;
    }

    @Override
    public double at(long offset, double length) {
        return le(offset, length) ? scale(div(offset * Math.PI, length)) : minLr;
    }

    @Override
    public double at(double offset, double length) {
        return offset <= length ? scale(div(offset * Math.PI, length)) : minLr;
    }

    @Override
    public void plan(long offset, long count, long length, double magnitude, PieceSink sink) {
        long end = offset + count;
        long annealing = length == Long.MAX_VALUE ? Long.MAX_VALUE : length + 1; // offsets with off <= length
        long o = offset;
        if (o < annealing) {
            long n = Math.min(end, annealing) - o;
            sink.cosine(n, o, length, maxLr - minLr, minLr, magnitude);
            o += n;
        }
        if (o < end) {
            sink.constant(end - o, minLr * magnitude);
        }
    }

    /** {@code angle} is {@code (offset * pi) / length}, in the reference's order of operations. */
    private double scale(double angle) {
        double unit = (1 + StrictMath.cos(angle)) / 2;
        return unit * (maxLr - minLr) + minLr;
    }

    @Override
    public Spec spec() {
        return Spec.of("cosine").put("min_lr", minLr).put("max_lr", maxLr).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CosineShape && spec().equals(((CosineShape) o).spec());
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
