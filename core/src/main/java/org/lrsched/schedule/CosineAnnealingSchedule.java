package org.lrsched.schedule;

/** One cosine-annealing cycle from {@code max_lr} to {@code min_lr} over {@code cycle_length} steps. */
public final class CosineAnnealingSchedule extends SingleCycleSchedule {
    private final CosineShape shape;

    public CosineAnnealingSchedule(double minLr, double maxLr, CycleLength cycleLength) {
        this(new CosineShape(minLr, maxLr), cycleLength);
    }

    private CosineAnnealingSchedule(CosineShape shape, CycleLength cycleLength) {
        super(shape, cycleLength);
        this.shape = shape;
    }

    public CosineShape shape() {
        return shape;
    }
}
