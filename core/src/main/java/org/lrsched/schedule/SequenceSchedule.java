package org.lrsched.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lrsched.Schedule;
import org.lrsched.Spec;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.plan.Planned;
import org.lrsched.plan.Plans;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * Schedules one after another, Optax's {@code join_schedules}: schedule 0 runs until {@code boundaries[0]},
 * schedule {@code i} from {@code boundaries[i-1]} on, seeing the step minus that boundary, so each part starts at
 * its own step 0. Equal boundaries give a part no steps.
 *
 * <pre>{@code
 * // sequence(schedules=[linear_warmup(schedule=constant(lr=0.1), start_lr=0, length=100),
 * //                     cosine(min_lr=0, max_lr=0.1, cycle_length=900)], boundaries=[100])
 * Schedule warm = new LinearWarmUp(new ConstantSchedule(0.1), 0, 100);
 * Schedule joined = new SequenceSchedule(List.of(warm, new CosineAnnealingSchedule(0, 0.1, CycleLength.of(900))),
 *         new long[] {100});
 * }</pre>
 */
public final class SequenceSchedule extends AbstractSchedule implements Composite, Planned {
    private static final Param<List<Schedule>> SCHEDULES = Param.of("schedules", Kinds.schedules(),
            "the parts, in order").rule("a list of at least one schedule", l -> !l.isEmpty());
    private static final Param<long[]> BOUNDARIES = Param.of("boundaries", Kinds.STEPS,
            "the step where each part after the first starts, one fewer than schedules")
            .rule("a list of steps >= 0", b -> Arrays.stream(b).allMatch(x -> x >= 0))
            .rule("non-decreasing", SequenceSchedule::nonDecreasing);

    /** The type {@code sequence} of the spec language. */
    public static final ScheduleType<SequenceSchedule> TYPE = ScheduleType.<SequenceSchedule>of("sequence",
                    "schedules one after another (Optax's join_schedules): part i from boundaries[i-1] on, seeing"
                            + " the step minus that boundary")
            .param(SCHEDULES, SequenceSchedule::schedules)
            .param(BOUNDARIES, SequenceSchedule::boundaries)
            .example("sequence(schedules=[linear_warmup(schedule=constant(lr=0.1), start_lr=0, length=100),"
                    + " cosine(min_lr=0, max_lr=0.1, cycle_length=900)], boundaries=[100])")
            .build(v -> new SequenceSchedule(v.get(SCHEDULES), v.get(BOUNDARIES)));

    private final List<Schedule> schedules;
    private final long[] boundaries;

    /**
     * The schedule.
     *
     * @param schedules the parts, in order, at least one
     * @param boundaries the step where each part after the first starts: non-decreasing, one fewer than parts
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public SequenceSchedule(List<Schedule> schedules, long[] boundaries) {
        this.schedules = List.copyOf(SCHEDULES.require(schedules));
        this.boundaries = BOUNDARIES.require(boundaries.clone());
        if (boundaries.length != schedules.size() - 1) {
            throw BOUNDARIES.bad(boundaries, "must hold one step fewer than schedules (" + schedules.size() + ")");
        }
    }

    /**
     * The parts.
     *
     * @return {@code schedules}, unmodifiable
     */
    public List<Schedule> schedules() {
        return schedules;
    }

    /**
     * Where the parts after the first start.
     *
     * @return a copy of {@code boundaries}
     */
    public long[] boundaries() {
        return boundaries.clone();
    }

    /**
     * The parts, each from its boundary to the step before the next one, shifted by its boundary; a part between
     * equal boundaries computes no step and is left out.
     *
     * @return the parts that compute a step
     */
    @Override
    public List<Part<Schedule>> parts() {
        List<Part<Schedule>> parts = new ArrayList<>();
        for (int i = 0; i < schedules.size(); i++) {
            long first = startOf(i);
            if (i == boundaries.length || boundaries[i] > first) {
                long last = i == boundaries.length ? Long.MAX_VALUE : boundaries[i] - 1;
                parts.add(new Part<>(schedules.get(i), first, last, first));
            }
        }
        return List.copyOf(parts);
    }

    /**
     * The part that computes {@code step}: the last whose start is at or before it.
     *
     * @param step a step
     * @return the part's index in {@link #schedules()}: how many boundaries are at or before {@code step}
     */
    public int partAt(long step) {
        int lo = 0;
        int hi = boundaries.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (boundaries[mid] <= step) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private long startOf(int part) {
        return part == 0 ? 0 : boundaries[part - 1];
    }

    @Override
    public double at(long step) {
        Require.step(step);
        int i = partAt(step);
        return schedules.get(i).at(step - startOf(i));
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        long end = first + count;
        long s = first;
        for (int i = partAt(first); s < end; i++) {
            long partEnd = i < boundaries.length ? Math.min(end, boundaries[i]) : end;
            Plans.plan(schedules.get(i), s - startOf(i), partEnd - s, sink);
            s = Math.max(s, partEnd);
        }
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }

    private static boolean nonDecreasing(long[] steps) {
        for (int i = 1; i < steps.length; i++) {
            if (steps[i] < steps[i - 1]) {
                return false;
            }
        }
        return true;
    }
}
