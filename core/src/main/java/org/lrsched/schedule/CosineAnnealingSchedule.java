package org.lrsched.schedule;

import org.lrsched.Spec;
import org.lrsched.spec.ScheduleType;

/** One cosine-annealing cycle from {@code max_lr} to {@code min_lr} over {@code cycle_length} steps. */
public final class CosineAnnealingSchedule extends SingleCycleSchedule {
    public static final ScheduleType<CosineAnnealingSchedule> TYPE = ScheduleType.<CosineAnnealingSchedule>of(
                    "cosine", "the tutorial's CosineAnnealingSchedule: half a cosine from max_lr down to min_lr, then"
                            + " min_lr")
            .param(CosineShape.MIN_LR, s -> s.shape.minLr())
            .param(CosineShape.MAX_LR, s -> s.shape.maxLr())
            .param(CYCLE_LENGTH, CosineAnnealingSchedule::cycleLength)
            .example("cosine(min_lr=1, max_lr=2, cycle_length=1000)")
            .build(v -> new CosineAnnealingSchedule(v.get(CosineShape.MIN_LR), v.get(CosineShape.MAX_LR),
                    v.get(CYCLE_LENGTH)));

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

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
