package org.lrsched.schedule;

import org.lrsched.Spec;
import org.lrsched.spec.ScheduleType;

/**
 * One (slanted) triangular cycle of {@code cycle_length} steps, then {@code min_lr} for ever: the tutorial's
 * {@code TriangularSchedule}.
 *
 * <pre>{@code
 * // triangular(min_lr=1, max_lr=2, cycle_length=1000, inc_fraction=0.2)
 * Schedule slanted = new TriangularSchedule(1, 2, CycleLength.of(1000), 0.2);
 * }</pre>
 */
public final class TriangularSchedule extends SingleCycleSchedule {
    /** The type {@code triangular} of the spec language. */
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

    /**
     * The schedule.
     *
     * @param minLr {@code min_lr}: the rate at step 0, at the end of the cycle and after it
     * @param maxLr {@code max_lr}: the rate at the peak
     * @param cycleLength {@code cycle_length}: steps in the cycle
     * @param incFraction {@code inc_fraction}: the fraction of the cycle spent rising, in (0, 1]
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public TriangularSchedule(double minLr, double maxLr, CycleLength cycleLength, double incFraction) {
        this(new TriangularShape(minLr, maxLr, incFraction), cycleLength);
    }

    private TriangularSchedule(TriangularShape shape, CycleLength cycleLength) {
        super(shape, cycleLength);
        this.shape = shape;
    }

    /**
     * The cycle's shape.
     *
     * @return the triangle with this schedule's rates
     */
    public TriangularShape shape() {
        return shape;
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
