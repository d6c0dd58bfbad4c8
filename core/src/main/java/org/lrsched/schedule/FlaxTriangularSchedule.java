package org.lrsched.schedule;

import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.plan.Planned;
import org.lrsched.spec.Spec;

/**
 * The Flax howto's triangular cyclic schedule: every {@code steps_per_cycle} steps, up from {@code lr_min} to
 * {@code lr_max} over {@code top = (steps_per_cycle + 1) // 2} steps, then back down.
 */
public final class FlaxTriangularSchedule extends AbstractSchedule implements Planned {
    /** Above this, {@code cycle_step / top} would no longer be Python's correctly rounded int division. */
    private static final long MAX_STEPS_PER_CYCLE = 1L << 53;

    private final double lrMin;
    private final double lrMax;
    private final long stepsPerCycle;
    private final long top;

    public FlaxTriangularSchedule(double lrMin, double lrMax, long stepsPerCycle) {
        this.lrMin = Require.finite("lr_min", lrMin);
        this.lrMax = Require.finite("lr_max", lrMax);
        this.stepsPerCycle = Require.positive("steps_per_cycle", stepsPerCycle);
        if (stepsPerCycle > MAX_STEPS_PER_CYCLE) {
            throw Require.bad("steps_per_cycle", stepsPerCycle, "must be <= 2^53");
        }
        this.top = (stepsPerCycle + 1) / 2;
    }

    public double lrMin() {
        return lrMin;
    }

    public double lrMax() {
        return lrMax;
    }

    public long stepsPerCycle() {
        return stepsPerCycle;
    }

    /** Steps in the rising half: {@code (steps_per_cycle + 1) // 2}. */
    public long top() {
        return top;
    }

    @Override
    public double at(long step) {
        Require.step(step);
        long cycleStep = step % stepsPerCycle;
        if (cycleStep < top) {
            return lrMin + (double) cycleStep / top * (lrMax - lrMin);
        }
        return lrMax - (double) (cycleStep - top) / top * (lrMax - lrMin);
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        long end = first + count;
        long s = first;
        double r = lrMax - lrMin;
        long periodStart = -1; // the first cycle written whole: the rest repeats it
        while (s < end) {
            if (periodStart >= 0 && s == periodStart + stepsPerCycle) {
                sink.repeat(end - s, stepsPerCycle);
                return;
            }
            if (periodStart < 0 && s % stepsPerCycle == 0) {
                periodStart = s;
            }
            long cycleStep = s % stepsPerCycle;
            if (cycleStep < top) {
                long n = Math.min(end - s, top - cycleStep);
                sink.divScale(n, cycleStep, 1, top, r, lrMin, 1);
                s += n;
            } else {
                long n = Math.min(end - s, stepsPerCycle - cycleStep);
                sink.divScale(n, cycleStep - top, 1, top, -r, lrMax, 1); // lr_max - y/top * r
                s += n;
            }
        }
    }

    @Override
    public Spec spec() {
        return Spec.of("flax_triangular").put("lr_min", lrMin).put("lr_max", lrMax)
                .put("steps_per_cycle", stepsPerCycle).build();
    }
}
