package org.lrsched.schedule;

import static org.lrsched.internal.Py.div;
import static org.lrsched.internal.Py.le;

import org.lrsched.Spec;
import org.lrsched.formula.Cosine;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * The tutorial's cosine-annealing cycle: half a cosine from {@code max_lr} down to {@code min_lr}, then
 * {@code min_lr}. Uses {@link StrictMath#cos} so the value is the same on every JVM and CPU.
 */
public final class CosineShape implements CycleShape {
    static final Param<Double> MIN_LR = Param.of("min_lr", Kinds.REAL, "the rate at the end of the cycle");
    static final Param<Double> MAX_LR = Param.of("max_lr", Kinds.REAL, "the rate at the start of the cycle");

    /** As a cyclical schedule's shape, where the cycle gives the length. */
    public static final ScheduleType<CosineShape> TYPE = ScheduleType.<CosineShape>of("cosine",
                    "half a cosine from max_lr down to min_lr over each cycle")
            .param(MIN_LR, CosineShape::minLr)
            .param(MAX_LR, CosineShape::maxLr)
            .example("cosine(min_lr=0.01, max_lr=2)")
            .build(v -> new CosineShape(v.get(MIN_LR), v.get(MAX_LR)));

    private final double minLr;
    private final double maxLr;
    private final double range;

    /**
     * The shape: {@code new CyclicalSchedule(new CosineShape(0.01, 2), CycleLength.of(250), Decay.whole(2), 0.5)}
     * is the {@code sgdr} preset.
     *
     * @param minLr {@code min_lr}: the rate at the end of the cycle
     * @param maxLr {@code max_lr}: the rate at the start of the cycle
     * @throws IllegalArgumentException naming the parameter that is not finite, or a range that is not
     */
    public CosineShape(double minLr, double maxLr) {
        this.minLr = MIN_LR.require(minLr);
        this.maxLr = MAX_LR.require(maxLr);
        this.range = Require.range("max_lr", maxLr, "min_lr", minLr);
    }

    /**
     * The rate at the end of the cycle.
     *
     * @return {@code min_lr}
     */
    public double minLr() {
        return minLr;
    }

    /**
     * The rate at the start of the cycle.
     *
     * @return {@code max_lr}
     */
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
            sink.piece(n, o, 1, new Cosine(length, range, minLr, magnitude));
            o += n;
        }
        if (o < end) {
            sink.constant(end - o, minLr * magnitude);
        }
    }

    /** {@code angle} is {@code (offset * pi) / length}, in the reference's order of operations. */
    private double scale(double angle) {
        double unit = (1 + StrictMath.cos(angle)) / 2;
        return unit * range + minLr;
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
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
