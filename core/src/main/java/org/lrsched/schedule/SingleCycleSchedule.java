package org.lrsched.schedule;

import java.util.Map;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.plan.Planned;
import org.lrsched.spec.Spec;

/** A cycle shape run once over {@code cycle_length} steps: the tutorial's standalone triangular and cosine. */
abstract class SingleCycleSchedule extends AbstractSchedule implements Planned {
    private final CycleShape shape;
    private final CycleLength cycleLength;

    SingleCycleSchedule(CycleShape shape, CycleLength cycleLength) {
        this.shape = shape;
        this.cycleLength = java.util.Objects.requireNonNull(cycleLength, "cycle_length");
    }

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
            sink.perStep(count, this, first);
        }
    }

    /** The shape's parameters with {@code cycle_length} after {@code max_lr}, as the tutorial orders them. */
    @Override
    public final Spec spec() {
        Spec.Builder spec = Spec.of(shape.spec().type());
        for (Map.Entry<String, Object> p : shape.spec().params().entrySet()) {
            spec.put(p.getKey(), p.getValue());
            if (p.getKey().equals("max_lr")) {
                spec.put("cycle_length", cycleLength.specValue());
            }
        }
        return spec.build();
    }
}
