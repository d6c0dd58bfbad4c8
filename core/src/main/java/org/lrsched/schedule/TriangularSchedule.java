package org.lrsched.schedule;

/** One (slanted) triangular cycle of {@code cycle_length} steps, then {@code min_lr} for ever. */
public final class TriangularSchedule extends SingleCycleSchedule {
    private final TriangularShape shape;

    public TriangularSchedule(double minLr, double maxLr, CycleLength cycleLength, double incFraction) {
        this(new TriangularShape(minLr, maxLr, incFraction), cycleLength);
    }

    private TriangularSchedule(TriangularShape shape, CycleLength cycleLength) {
        super(shape, cycleLength);
        this.shape = shape;
    }

    public TriangularShape shape() {
        return shape;
    }
}
