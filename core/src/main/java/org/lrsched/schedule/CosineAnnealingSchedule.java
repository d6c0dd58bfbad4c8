package org.lrsched.schedule;

import org.lrsched.Spec;
import org.lrsched.spec.ScheduleType;

/**
 * One cosine-annealing cycle from {@code max_lr} to {@code min_lr} over {@code cycle_length} steps, then
 * {@code min_lr}: the tutorial's {@code CosineAnnealingSchedule}.
 *
 * <pre>{@code
 * // cosine(min_lr=1, max_lr=2, cycle_length=1000)
 * Schedule cosine = new CosineAnnealingSchedule(1, 2, CycleLength.of(1000));
 * }</pre>
 */
public final class CosineAnnealingSchedule extends SingleCycleSchedule {
    /** The type {@code cosine} of the spec language. */
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

    /**
     * The schedule.
     *
     * @param minLr {@code min_lr}: the rate at the end of the cycle and after it
     * @param maxLr {@code max_lr}: the rate at step 0
     * @param cycleLength {@code cycle_length}: steps in the cycle
     * @throws IllegalArgumentException naming the parameter that is not finite, or a range that is not
     */
    public CosineAnnealingSchedule(double minLr, double maxLr, CycleLength cycleLength) {
        this(new CosineShape(minLr, maxLr), cycleLength);
    }

    private CosineAnnealingSchedule(CosineShape shape, CycleLength cycleLength) {
        super(shape, cycleLength);
        this.shape = shape;
    }

    /**
     * The cycle's shape.
     *
     * @return the cosine with this schedule's rates
     */
    public CosineShape shape() {
        return shape;
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
