package org.lrsched.schedule;

import static org.lrsched.internal.Py.div;

import java.util.List;
import java.util.Objects;
import org.lrsched.Schedule;
import org.lrsched.Spec;
import org.lrsched.formula.MulDiv;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.plan.Planned;
import org.lrsched.plan.Plans;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * A linear ramp from {@code start_lr} to the wrapped schedule's value at step 0 over {@code length} steps; the
 * wrapped schedule follows, shifted by {@code length}. A length of 0 means no warm-up.
 *
 * <pre>{@code
 * // linear_warmup(schedule=cosine(min_lr=0, max_lr=0.1, cycle_length=10000), start_lr=0, length=500)
 * Schedule warm = new LinearWarmUp(new CosineAnnealingSchedule(0, 0.1, CycleLength.of(10_000)), 0, 500);
 * }</pre>
 */
public final class LinearWarmUp extends AbstractSchedule implements Composite, Planned {
    private static final Param<Schedule> SCHEDULE = Param.of("schedule", Kinds.SCHEDULE,
            "the schedule after the warm-up, which it ramps up to");
    private static final Param<Double> START_LR = Param.of("start_lr", Kinds.REAL, "the rate at step 0");
    private static final Param<Long> LENGTH = Param.of("length", Kinds.INTEGER, "steps of the ramp (0: no warm-up)")
            .rule(">= 0", l -> l >= 0);

    /** The type {@code linear_warmup} of the spec language. */
    public static final ScheduleType<LinearWarmUp> TYPE = ScheduleType.<LinearWarmUp>of("linear_warmup",
                    "the tutorial's LinearWarmUp: a linear ramp from start_lr to the schedule's first value, then the"
                            + " schedule, shifted")
            .param(SCHEDULE, LinearWarmUp::schedule)
            .param(START_LR, LinearWarmUp::startLr)
            .param(LENGTH, LinearWarmUp::length)
            .example("linear_warmup(schedule=cosine(min_lr=0, max_lr=0.1, cycle_length=10000), start_lr=0,"
                    + " length=500)")
            .build(v -> new LinearWarmUp(v.get(SCHEDULE), v.get(START_LR), v.get(LENGTH)));

    private final Schedule schedule;
    private final double startLr;
    private final long length;
    private final double finishLr;
    private final double range;

    /**
     * The schedule.
     *
     * @param schedule the schedule after the warm-up, which it ramps up to
     * @param startLr {@code start_lr}: the rate at step 0
     * @param length {@code length}: steps of the ramp, {@code >= 0} (0: no warm-up)
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public LinearWarmUp(Schedule schedule, double startLr, long length) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.startLr = START_LR.require(startLr);
        this.length = LENGTH.require(length);
        this.finishLr = schedule.firstCallAt(0);
        this.range = Require.range("the schedule's value at step 0", finishLr, "start_lr", startLr);
        Require.product("length x (the schedule's value at step 0 - start_lr)", length, range);
    }

    /**
     * The schedule after the warm-up.
     *
     * @return {@code schedule}
     */
    public Schedule schedule() {
        return schedule;
    }

    /**
     * The rate at step 0.
     *
     * @return {@code start_lr}
     */
    public double startLr() {
        return startLr;
    }

    /**
     * Steps of the ramp.
     *
     * @return {@code length}
     */
    public long length() {
        return length;
    }

    /**
     * The wrapped schedule's value on a first call at its step 0, where the ramp ends.
     *
     * @return the ramp's last rate
     */
    public double finishLr() {
        return finishLr;
    }

    /**
     * The wrapped schedule, from the first step after the ramp on, shifted by {@code length}.
     *
     * @return the wrapped schedule's part: steps {@code length + 1} on (every step for a length of 0)
     */
    @Override
    public List<Part<Schedule>> parts() {
        if (length == 0) {
            return List.of(new Part<>(schedule, 0, Long.MAX_VALUE, 0));
        }
        if (length == Long.MAX_VALUE) { // the ramp covers every step
            return List.of();
        }
        return List.of(new Part<>(schedule, length + 1, Long.MAX_VALUE, length));
    }

    @Override
    public double at(long step) {
        Require.step(step);
        if (length > 0 && step <= length) {
            return div(step * range, length) + startLr;
        }
        return schedule.at(step - length);
    }

    @Override
    public double firstCallAt(long step) {
        Require.step(step);
        return length > 0 && step <= length ? at(step) : schedule.firstCallAt(step - length);
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        long end = first + count;
        long s = first;
        if (length > 0 && s <= length) {
            long n = Math.min(end, length == Long.MAX_VALUE ? end : length + 1) - s;
            sink.piece(n, s, 1, new MulDiv(range, length, startLr));
            s += n;
        }
        Plans.plan(schedule, s - length, end - s, sink);
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
