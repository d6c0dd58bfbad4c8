package org.lrsched.peers.optax;

import java.util.Arrays;
import java.util.List;
import org.lrsched.Schedule;
import org.lrsched.Spec;
import org.lrsched.plan.PieceSink;
import org.lrsched.schedule.Composite;
import org.lrsched.schedule.Part;
import org.lrsched.schedule.SequenceSchedule;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * Optax's {@code join_schedules}: schedule {@code i} from {@code boundaries[i-1]} on, seeing the count minus that
 * boundary; our {@link SequenceSchedule}. Optax checks nothing (it zips the lists, and the last boundary at or
 * before the count wins, in any order); here there is one boundary fewer than schedules, each {@code >= 0} and
 * none below the one before.
 */
public final class JoinSchedules extends OptaxSchedule implements Composite {
    private static final Param<List<Schedule>> SCHEDULES = Param.of("schedules", Kinds.schedules(),
            "the parts, in order").rule("a list of at least one schedule", l -> !l.isEmpty());
    private static final Param<long[]> BOUNDARIES = Param.of("boundaries", Kinds.STEPS,
            "the step where each part after the first starts, one fewer than schedules")
            .rule("a list of steps >= 0", b -> Arrays.stream(b).allMatch(x -> x >= 0));

    /** The type {@code optax.join_schedules} of the spec language. */
    public static final ScheduleType<JoinSchedules> TYPE = ScheduleType.<JoinSchedules>of("optax.join_schedules",
                    "Optax's join_schedules: schedules one after another, part i from boundaries[i-1] on, seeing the"
                            + " step minus that boundary")
            .param(SCHEDULES, JoinSchedules::schedules)
            .param(BOUNDARIES, JoinSchedules::boundaries)
            .example("optax.join_schedules(schedules=[optax.linear_schedule(init_value=0.0, end_value=0.1,"
                    + " transition_steps=100), optax.cosine_decay_schedule(init_value=0.1, decay_steps=900)],"
                    + " boundaries=[100])")
            .build(v -> new JoinSchedules(v.get(SCHEDULES), v.get(BOUNDARIES)));

    private final SequenceSchedule joined;

    /**
     * The schedule.
     *
     * @param schedules {@code schedules}: the parts, in order, at least one
     * @param boundaries {@code boundaries}: the step where each part after the first starts: each {@code >= 0},
     *     non-decreasing, one fewer than parts
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public JoinSchedules(List<Schedule> schedules, long[] boundaries) {
        SCHEDULES.require(schedules);
        BOUNDARIES.require(boundaries);
        this.joined = new SequenceSchedule(schedules, boundaries);
    }

    /**
     * The parts.
     *
     * @return {@code schedules}, unmodifiable
     */
    public List<Schedule> schedules() {
        return joined.schedules();
    }

    /**
     * Where the parts after the first start.
     *
     * @return a copy of {@code boundaries}
     */
    public long[] boundaries() {
        return joined.boundaries();
    }

    /**
     * The parts, each from its boundary to the step before the next one, shifted by its boundary, as {@link
     * SequenceSchedule#parts()}.
     *
     * @return the parts that compute a step
     */
    @Override
    public List<Part<Schedule>> parts() {
        return joined.parts();
    }

    @Override
    public double at(long step) {
        return joined.at(step);
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        joined.plan(first, count, sink);
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
