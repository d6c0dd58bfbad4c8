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
 * The wrapped schedule up to {@code start_idx}, then a linear ramp from its value there to {@code finish_lr}
 * over {@code length} steps, then {@code finish_lr}. A length of 0 jumps to {@code finish_lr} right after
 * {@code start_idx}, as the tutorial's code does.
 *
 * <pre>{@code
 * // the cooldown_multifactor preset
 * Schedule multiFactor = new MxnetMultiFactorScheduler(new long[] {250, 750, 900}, 0.5, 1, MxnetWarmup.NONE);
 * Schedule coolDown = new LinearCoolDown(multiFactor, 0.001, 1000, 500);
 * }</pre>
 */
public final class LinearCoolDown extends AbstractSchedule implements Composite, Planned {
    private static final Param<Schedule> SCHEDULE = Param.of("schedule", Kinds.SCHEDULE,
            "the schedule up to start_idx");
    private static final Param<Double> FINISH_LR = Param.of("finish_lr", Kinds.REAL, "the rate after the cool-down");
    private static final Param<Long> START_IDX = Param.of("start_idx", Kinds.INTEGER,
            "the last step of the schedule, where the ramp starts").rule(">= 0", s -> s >= 0);
    private static final Param<Long> LENGTH = Param.of("length", Kinds.INTEGER, "steps of the ramp")
            .rule(">= 0", l -> l >= 0);

    /** The type {@code linear_cooldown} of the spec language. */
    public static final ScheduleType<LinearCoolDown> TYPE = ScheduleType.<LinearCoolDown>of("linear_cooldown",
                    "the tutorial's LinearCoolDown: the schedule up to start_idx, then a linear ramp to finish_lr")
            .param(SCHEDULE, LinearCoolDown::schedule)
            .param(FINISH_LR, LinearCoolDown::finishLr)
            .param(START_IDX, LinearCoolDown::startIdx)
            .param(LENGTH, LinearCoolDown::length)
            .example("linear_cooldown(schedule=mxnet_multifactor(step=[250, 750, 900], factor=0.5, base_lr=1),"
                    + " finish_lr=0.001, start_idx=1000, length=500)")
            .build(v -> new LinearCoolDown(v.get(SCHEDULE), v.get(FINISH_LR), v.get(START_IDX), v.get(LENGTH)));

    private final Schedule schedule;
    private final double finishLr;
    private final long startIdx;
    private final long length;
    private final long finishIdx;
    private final double startLr;
    private final double range;

    /**
     * The schedule.
     *
     * @param schedule the schedule up to {@code start_idx}
     * @param finishLr {@code finish_lr}: the rate after the cool-down
     * @param startIdx {@code start_idx}: the last step of the schedule, where the ramp starts, {@code >= 0}
     * @param length {@code length}: steps of the ramp, {@code >= 0}
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public LinearCoolDown(Schedule schedule, double finishLr, long startIdx, long length) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.finishLr = FINISH_LR.require(finishLr);
        this.startIdx = START_IDX.require(startIdx);
        this.length = LENGTH.require(length);
        if (startIdx > Long.MAX_VALUE - length) {
            throw new IllegalArgumentException("start_idx + length must be below 2^63, got " + startIdx + " + "
                    + length);
        }
        this.finishIdx = startIdx + length;
        this.startLr = schedule.firstCallAt(startIdx);
        this.range = Require.range("finish_lr", finishLr, "the schedule's value at start_idx", startLr);
        Require.product("length x (finish_lr - the schedule's value at start_idx)", length, range);
    }

    /**
     * The schedule up to {@code start_idx}.
     *
     * @return {@code schedule}
     */
    public Schedule schedule() {
        return schedule;
    }

    /**
     * The rate after the cool-down.
     *
     * @return {@code finish_lr}
     */
    public double finishLr() {
        return finishLr;
    }

    /**
     * Where the ramp starts.
     *
     * @return {@code start_idx}
     */
    public long startIdx() {
        return startIdx;
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
     * The wrapped schedule's value on a first call at {@code start_idx}, where the ramp starts.
     *
     * @return the ramp's first rate
     */
    public double startLr() {
        return startLr;
    }

    /**
     * The wrapped schedule, up to {@code start_idx}, unshifted.
     *
     * @return the wrapped schedule's part: steps 0 to {@code start_idx}
     */
    @Override
    public List<Part<Schedule>> parts() {
        return List.of(new Part<>(schedule, 0, startIdx, 0));
    }

    @Override
    public double at(long step) {
        Require.step(step);
        if (step <= startIdx) {
            return schedule.at(step);
        }
        if (step <= finishIdx) {
            return div((step - startIdx) * range, length) + startLr;
        }
        return finishLr;
    }

    @Override
    public double firstCallAt(long step) {
        Require.step(step);
        return step <= startIdx ? schedule.firstCallAt(step) : at(step);
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        long end = first + count;
        long s = first;
        if (s <= startIdx) {
            long n = Math.min(end, startIdx == Long.MAX_VALUE ? end : startIdx + 1) - s;
            Plans.plan(schedule, s, n, sink);
            s += n;
        }
        if (s < end && s <= finishIdx) {
            long n = Math.min(end, finishIdx == Long.MAX_VALUE ? end : finishIdx + 1) - s;
            sink.piece(n, s - startIdx, 1, new MulDiv(range, length, startLr));
            s += n;
        }
        if (s < end) {
            sink.constant(end - s, finishLr);
        }
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
