package org.lrsched.schedule;

import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.plan.Planned;
import org.lrsched.spec.Spec;

/** One cosine-annealing cycle from {@code max_lr} to {@code min_lr} over {@code cycle_length} steps. */
public final class CosineAnnealingSchedule extends AbstractSchedule implements Planned {
    private final CosineShape shape;
    private final CycleLength cycleLength;

    public CosineAnnealingSchedule(double minLr, double maxLr, CycleLength cycleLength) {
        this.shape = new CosineShape(minLr, maxLr);
        this.cycleLength = cycleLength;
    }

    public CosineShape shape() {
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
        return Spec.of("cosine").put("min_lr", shape.minLr()).put("max_lr", shape.maxLr())
                .put("cycle_length", cycleLength.specValue()).build();
    }
}
