package org.lrsched.schedule;

import java.util.OptionalDouble;
import org.lrsched.Spec;
import org.lrsched.formula.DivScale;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.plan.Planned;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * The Flax howto's triangular cyclic schedule: every {@code steps_per_cycle} steps, up from {@code lr_min} to
 * {@code lr_max} over {@code top = (steps_per_cycle + 1) // 2} steps, then back down.
 *
 * <pre>{@code
 * // flax_triangular(lr_min=0.003, lr_max=0.03, steps_per_cycle=117)
 * Schedule mnist = new FlaxTriangularSchedule(0.003, 0.03, 117);
 * }</pre>
 */
public final class FlaxTriangularSchedule extends AbstractSchedule implements Cyclic, Planned {
    /** Above this, {@code cycle_step / top} would no longer be Python's correctly rounded int division. */
    private static final long MAX_STEPS_PER_CYCLE = 1L << 53;

    private static final Param<Double> LR_MIN = Param.of("lr_min", Kinds.REAL, "the rate at the start of each cycle");
    private static final Param<Double> LR_MAX = Param.of("lr_max", Kinds.REAL, "the rate at the top of each cycle");
    private static final Param<Long> STEPS_PER_CYCLE = Param.of("steps_per_cycle", Kinds.INTEGER,
            "steps in each cycle").rule("> 0", p -> p > 0).rule("<= 2^53", p -> p <= MAX_STEPS_PER_CYCLE);

    /** The type {@code flax_triangular} of the spec language. */
    public static final ScheduleType<FlaxTriangularSchedule> TYPE = ScheduleType.<FlaxTriangularSchedule>of(
                    "flax_triangular", "the Flax howto's triangular cyclic schedule: up over (steps_per_cycle + 1) // 2"
                            + " steps, then down, every cycle")
            .param(LR_MIN, FlaxTriangularSchedule::lrMin)
            .param(LR_MAX, FlaxTriangularSchedule::lrMax)
            .param(STEPS_PER_CYCLE, FlaxTriangularSchedule::stepsPerCycle)
            .example("flax_triangular(lr_min=0.003, lr_max=0.03, steps_per_cycle=117)")
            .build(v -> new FlaxTriangularSchedule(v.get(LR_MIN), v.get(LR_MAX), v.get(STEPS_PER_CYCLE)));

    private final double lrMin;
    private final double lrMax;
    private final long stepsPerCycle;
    private final long top;
    private final double range;

    /**
     * The schedule.
     *
     * @param lrMin {@code lr_min}: the rate at the start of each cycle
     * @param lrMax {@code lr_max}: the rate at the top of each cycle
     * @param stepsPerCycle {@code steps_per_cycle}: steps in each cycle, from 1 to 2^53
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public FlaxTriangularSchedule(double lrMin, double lrMax, long stepsPerCycle) {
        this.lrMin = LR_MIN.require(lrMin);
        this.lrMax = LR_MAX.require(lrMax);
        this.stepsPerCycle = STEPS_PER_CYCLE.require(stepsPerCycle);
        this.range = Require.range("lr_max", lrMax, "lr_min", lrMin);
        this.top = (stepsPerCycle + 1) / 2;
    }

    /**
     * The rate at the start of each cycle.
     *
     * @return {@code lr_min}
     */
    public double lrMin() {
        return lrMin;
    }

    /**
     * The rate at the top of each cycle.
     *
     * @return {@code lr_max}
     */
    public double lrMax() {
        return lrMax;
    }

    /**
     * Steps in each cycle.
     *
     * @return {@code steps_per_cycle}
     */
    public long stepsPerCycle() {
        return stepsPerCycle;
    }

    /**
     * Steps in the rising half.
     *
     * @return {@code (steps_per_cycle + 1) // 2}
     */
    public long top() {
        return top;
    }

    /**
     * The cycle of {@code step}: every {@code steps_per_cycle} steps, as the howto's {@code step % steps_per_cycle}
     * counts them.
     *
     * @param step a step
     * @return cycle {@code step // steps_per_cycle}
     */
    @Override
    public Cycle cycleOf(long step) {
        Require.step(step);
        return new Cycle(step / stepsPerCycle, step - step % stepsPerCycle, stepsPerCycle);
    }

    /**
     * Flax's cycles are not scaled.
     *
     * @param cycle a cycle's index, {@code >= 0}
     * @return empty
     */
    @Override
    public OptionalDouble cycleScale(long cycle) {
        Require.nonNegative("cycle", cycle);
        return OptionalDouble.empty();
    }

    @Override
    public double at(long step) {
        Require.step(step);
        long cycleStep = step % stepsPerCycle;
        if (cycleStep < top) {
            return lrMin + (double) cycleStep / top * range;
        }
        return lrMax - (double) (cycleStep - top) / top * range;
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        long end = first + count;
        long s = first;
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
                sink.piece(n, cycleStep, 1, new DivScale(top, range, lrMin, 1));
                s += n;
            } else {
                long n = Math.min(end - s, stepsPerCycle - cycleStep);
                sink.piece(n, cycleStep - top, 1, new DivScale(top, -range, lrMax, 1)); // lr_max - y/top * r
                s += n;
            }
        }
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
