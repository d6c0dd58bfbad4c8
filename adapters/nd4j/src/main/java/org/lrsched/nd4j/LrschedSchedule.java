package org.lrsched.nd4j;

import java.util.Objects;
import org.lrsched.Schedule;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonIgnore;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * An lrsched schedule as an ND4J {@link ISchedule}: the value at an iteration (or an epoch) is the schedule's
 * rate at that step. It is stored as its text spec, which is what ND4J's JSON and Java serialization write, so a
 * DL4J or ND4J configuration holding one reads back equal. Immutable and thread-safe, as the schedule is.
 *
 * <pre>{@code
 * IUpdater sgd = new Sgd(LrschedSchedule.of(Schedule.parse("sgdr")));      // step = iteration
 * IUpdater perEpoch = new Adam(LrschedSchedule.perEpoch(Schedule.parse("cosine(min_lr=0, max_lr=0.01,"
 *         + " cycle_length=90)")));                                         // step = epoch
 * }</pre>
 *
 * <p>In JSON: {@code {"@class": "org.lrsched.nd4j.LrschedSchedule", "scheduleType": "ITERATION", "spec":
 * "cyclical(shape=cosine(min_lr=0.01, max_lr=2), ...)"}}.
 */
public final class LrschedSchedule implements ISchedule {
    private static final long serialVersionUID = 1L;

    /** Whether the step is the iteration or the epoch, as ND4J's own schedules say it. */
    @JsonProperty("scheduleType")
    private final ScheduleType scheduleType;
    /** The schedule in the text spec language: its serial form. */
    @JsonProperty("spec")
    private final String spec;
    @JsonIgnore
    private final transient Schedule schedule;

    private LrschedSchedule(ScheduleType scheduleType, String spec, Schedule schedule) {
        this.scheduleType = Objects.requireNonNull(scheduleType, "scheduleType");
        this.spec = spec;
        this.schedule = schedule;
    }

    /**
     * The schedule that {@code spec} describes: how ND4J's JSON reader builds one.
     *
     * @param scheduleType {@code ITERATION} or {@code EPOCH}: which counter is the step
     * @param spec a text spec or a preset name, as {@link Schedule#parse} reads it
     * @throws IllegalArgumentException where the spec is wrong
     */
    @JsonCreator
    public LrschedSchedule(@JsonProperty("scheduleType") ScheduleType scheduleType,
            @JsonProperty("spec") String spec) {
        this(scheduleType, Schedule.parse(Objects.requireNonNull(spec, "spec")));
    }

    /** Stores the schedule's own text, every default filled in: equal schedules store equal specs. */
    private LrschedSchedule(ScheduleType scheduleType, Schedule schedule) {
        this(scheduleType, schedule.toString(), schedule);
    }

    /**
     * {@code schedule} with the iteration as its step.
     *
     * @param schedule the schedule, e.g. {@code Schedule.parse("sgdr")}
     * @return the ND4J schedule
     */
    public static LrschedSchedule of(Schedule schedule) {
        return of(ScheduleType.ITERATION, schedule);
    }

    /**
     * {@code schedule} with the epoch as its step.
     *
     * @param schedule the schedule
     * @return the ND4J schedule
     */
    public static LrschedSchedule perEpoch(Schedule schedule) {
        return of(ScheduleType.EPOCH, schedule);
    }

    /**
     * {@code schedule} with the step ND4J's {@code scheduleType} names.
     *
     * @param scheduleType {@code ITERATION} or {@code EPOCH}
     * @param schedule the schedule
     * @return the ND4J schedule
     */
    public static LrschedSchedule of(ScheduleType scheduleType, Schedule schedule) {
        return new LrschedSchedule(scheduleType, Objects.requireNonNull(schedule, "schedule"));
    }

    /**
     * The schedule's rate at the iteration or the epoch, as {@code scheduleType} says.
     *
     * @param iteration the iteration, from 0
     * @param epoch the epoch, from 0
     * @return {@code schedule.at(iteration)} or {@code schedule.at(epoch)}
     * @throws IllegalArgumentException for a negative step
     * @throws ArithmeticException where the schedule's reference raises at that step
     */
    @Override
    public double valueAt(int iteration, int epoch) {
        return schedule.at(scheduleType == ScheduleType.ITERATION ? iteration : epoch);
    }

    /**
     * An equal schedule; the lrsched schedule inside is immutable and shared.
     *
     * @return the copy
     */
    @Override
    public LrschedSchedule clone() {
        return new LrschedSchedule(scheduleType, spec, schedule);
    }

    /**
     * Which counter is the step.
     *
     * @return {@code ITERATION} or {@code EPOCH}
     */
    public ScheduleType getScheduleType() {
        return scheduleType;
    }

    /**
     * The schedule in the text spec language.
     *
     * @return the spec, every default filled in
     */
    public String getSpec() {
        return spec;
    }

    /**
     * The lrsched schedule.
     *
     * @return the schedule
     */
    public Schedule schedule() {
        return schedule;
    }

    /**
     * Java serialization writes the type and the spec; the schedule is parsed again from the spec.
     *
     * @return the schedule the serial form describes
     */
    private Object readResolve() {
        return new LrschedSchedule(scheduleType, spec);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LrschedSchedule other && scheduleType == other.scheduleType && spec.equals(other.spec);
    }

    @Override
    public int hashCode() {
        return 31 * scheduleType.hashCode() + spec.hashCode();
    }

    @Override
    public String toString() {
        return "LrschedSchedule(" + scheduleType + ", " + spec + ")";
    }
}
