package org.lrsched.schedule;

import java.util.Objects;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.plan.Planned;
import org.lrsched.spec.Param;

/** A cycle shape run once over {@code cycle_length} steps: the tutorial's standalone triangular and cosine. */
abstract class SingleCycleSchedule extends AbstractSchedule implements Planned {
    static final Param<CycleLength> CYCLE_LENGTH = Param.of("cycle_length", CycleLength.KIND,
            "steps in the cycle");

    private final CycleShape shape;
    private final CycleLength cycleLength;

    SingleCycleSchedule(CycleShape shape, CycleLength cycleLength) {
        this.shape = shape;
        this.cycleLength = Objects.requireNonNull(cycleLength, "cycle_length");
    }

    /**
     * The cycle's length.
     *
     * @return {@code cycle_length}
     */
    public CycleLength cycleLength() {
        return cycleLength;
    }

    @Override
    public final double at(long step) {
        Require.step(step);
        return cycleLength.isWhole() ? shape.at(step, cycleLength.whole()) : shape.at(step, cycleLength.real());
    }

    @Override
    public final void plan(long first, long count, PieceSink sink) {
        if (cycleLength.isWhole()) {
            shape.plan(first, count, cycleLength.whole(), 1, sink);
        } else {
            sink.perStep(count, first, this::at);
        }
    }
}
