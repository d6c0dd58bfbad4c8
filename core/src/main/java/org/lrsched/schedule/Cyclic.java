package org.lrsched.schedule;

import java.util.OptionalDouble;
import org.lrsched.Schedule;

/**
 * A schedule made of cycles. {@link #cycleOf} finds the cycle that holds a step exactly as the schedule's
 * reference finds it, in time that does not grow with the step; {@link #cycleScale} is the factor of a cycle where
 * the schedule scales each cycle.
 */
public interface Cyclic extends Schedule {

    /**
     * The cycle that holds {@code step}: its index, first step and length, in whole steps. Where the schedule's
     * own cycle length is not a whole number of steps, its length is the number of whole steps the cycle covers.
     *
     * @param step a step of this schedule
     * @return its cycle
     * @throws IllegalArgumentException if {@code step < 0}
     * @throws ArithmeticException where the schedule has no cycle for the step, each type says where
     */
    Cycle cycleOf(long step);

    /**
     * The factor that scales cycle {@code cycle}, where the schedule scales each cycle by one (CyclicalSchedule's
     * {@code cycle_magnitude_decay ** k}, say).
     *
     * @param cycle a cycle's index, as {@link #cycleOf} gives it
     * @return the factor, or empty where the cycle has none
     * @throws IllegalArgumentException if {@code cycle < 0}
     * @throws ArithmeticException where the reference raises computing it
     */
    OptionalDouble cycleScale(long cycle);
}
