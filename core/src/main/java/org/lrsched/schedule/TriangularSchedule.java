package org.lrsched.schedule;

import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.plan.Planned;
import org.lrsched.spec.Spec;

/** One (slanted) triangular cycle of {@code cycle_length} steps, then {@code min_lr} for ever. */
public final class TriangularSchedule extends AbstractSchedule implements Planned {
    private final TriangularShape shape;
    private final CycleLength cycleLength;

    public TriangularSchedule(double minLr, double maxLr, CycleLength cycleLength, double incFraction) {
        this.shape = new TriangularShape(minLr, maxLr, incFraction);
        this.cycleLength = cycleLength;
    }

    public TriangularShape shape() {
        return shape;
    }

    public CycleLength cycleLength() {
        return cycleLength;
    }

    @Override
    public double at(long step) {
        Require.step(step);
        return cycleLength.isWhole() ? shape.at(step, cycleLength.whole()) : shape.at(step, cycleLength.real());
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        if (cycleLength.isWhole()) {
            shape.plan(first, count, cycleLength.whole(), 1, sink);
        } else {
            sink.perStep(count, this, first);
        }
    }

    @Override
    public Spec spec() {
        return Spec.of("triangular").put("min_lr", shape.minLr()).put("max_lr", shape.maxLr())
                .put("cycle_length", cycleLength.specValue()).put("inc_fraction", shape.incFraction()).build();
    }
}
