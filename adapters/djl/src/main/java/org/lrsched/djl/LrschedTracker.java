package org.lrsched.djl;

import ai.djl.training.tracker.Tracker;
import java.util.Objects;
import org.lrsched.Schedule;

/**
 * An lrsched schedule as a DJL learning-rate {@link Tracker}: the rate of update {@code numUpdate} is the
 * schedule's rate at that step, rounded to float. Immutable and thread-safe, as the schedule is.
 *
 * <pre>{@code
 * Optimizer sgd = Optimizer.sgd()
 *         .setLearningRateTracker(LrschedTracker.of(Schedule.parse("sgdr")))
 *         .build();
 * }</pre>
 *
 * <p>DJL's optimizers count updates from 1: the first update of a parameter asks for step 1. Give the optimizer
 * {@code optBeginNumUpdate(-1)} for the schedule to start at step 0.
 */
public final class LrschedTracker implements Tracker {
    private final Schedule schedule;

    private LrschedTracker(Schedule schedule) {
        this.schedule = schedule;
    }

    /**
     * The tracker of {@code schedule}.
     *
     * @param schedule the schedule, e.g. {@code Schedule.parse("sgdr")}
     * @return the tracker
     */
    public static LrschedTracker of(Schedule schedule) {
        return new LrschedTracker(Objects.requireNonNull(schedule, "schedule"));
    }

    /**
     * The schedule's rate at step {@code numUpdate}, as a float: {@code (float) schedule.at(numUpdate)}.
     *
     * @param numUpdate the update's number, the step
     * @return the learning rate
     * @throws IllegalArgumentException for a negative {@code numUpdate}
     * @throws ArithmeticException where the schedule's reference raises at that step
     */
    @Override
    public float getNewValue(int numUpdate) {
        return (float) schedule.at(numUpdate);
    }

    /**
     * The schedule the tracker follows.
     *
     * @return the schedule
     */
    public Schedule schedule() {
        return schedule;
    }

    @Override
    public String toString() {
        return "LrschedTracker(" + schedule + ")";
    }
}
