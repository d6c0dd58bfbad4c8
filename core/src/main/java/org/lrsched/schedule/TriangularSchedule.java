package org.lrsched.schedule;

import org.lrsched.Spec;
import org.lrsched.spec.ScheduleType;

/** One (slanted) triangular cycle of {@code cycle_length} steps, then {@code min_lr} for ever. */
public final class TriangularSchedule extends SingleCycleSchedule {
    public static final ScheduleType<TriangularSchedule> TYPE = ScheduleType.<TriangularSchedule>of("triangular",
                    "the tutorial's TriangularSchedule: up from min_lr to max_lr over inc_fraction of the cycle, down"
                            + " over the rest, then min_lr")
            .param(TriangularShape.MIN_LR, s -> s.shape.minLr())
            .param(TriangularShape.MAX_LR, s -> s.shape.maxLr())
            .param(CYCLE_LENGTH, TriangularSchedule::cycleLength)
            .param(TriangularShape.INC_FRACTION, s -> s.shape.incFraction())
            .example("triangular(min_lr=1, max_lr=2, cycle_length=1000, inc_fraction=0.2)")
            .build(v -> new TriangularSchedule(v.get(TriangularShape.MIN_LR), v.get(TriangularShape.MAX_LR),
                    v.get(CYCLE_LENGTH), v.get(TriangularShape.INC_FRACTION)));

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

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
