package org.lrsched.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.lrsched.Schedule;

/**
 * A schedule made of cycles. {@link #cycleOf} finds the cycle that holds a step exactly as the schedule's
 * reference finds it, in time that does not grow with the step; {@link #cycleScale} is the factor of a cycle where
 * the schedule scales each cycle; {@link #parts} finds the cyclic schedules inside warm-ups, cool-downs and
 * sequences.
 *
 * <pre>{@code
 * // every cycle that the cyclic parts of a schedule show, in the parts' own steps (add offset for the outer ones)
 * Schedule schedule = Schedule.parse("linear_warmup(schedule=sgdr, start_lr=0, length=500)");
 * for (Part<Cyclic> part : Cyclic.parts(schedule)) { // sgdr, shown from outer step 501 on, offset 500
 *     Cyclic cyclic = part.schedule();
 *     long last = part.last() - part.offset();
 *     for (Cycle c = cyclic.cycleOf(part.first() - part.offset()); ; c = cyclic.cycleOf(c.end())) {
 *         System.out.println(c + " scaled by " + cyclic.cycleScale(c.index()));
 *         if (c.endless() || c.end() > last) {
 *             break;
 *         }
 *     }
 * }
 * }</pre>
 */
public interface Cyclic extends Schedule {

    /**
     * The cycle that holds {@code step}: its index, first step and length, in whole steps. Where the schedule's
     * own cycle length is not a whole number of steps (PyTorch CyclicLR's float step sizes, timm's {@code
     * cycle_mul=1.5}), its length is the number of whole steps the cycle covers.
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

    /**
     * The cyclic schedules that compute {@code schedule}'s steps, in step order: {@code schedule} itself for every
     * step if it is cyclic, else those its {@link Composite} parts hold, nested parts shifted and clipped to the
     * outer steps.
     *
     * @param schedule a schedule
     * @return the cyclic parts (empty when it has none), each with the steps of {@code schedule} it computes
     */
    static List<Part<Cyclic>> parts(Schedule schedule) {
        List<Part<Cyclic>> found = new ArrayList<>();
        collect(schedule, 0, Long.MAX_VALUE, 0, found);
        return List.copyOf(found);
    }

    /** Adds the cyclic parts of {@code s}, which computes outer steps first..last as its own steps minus offset. */
    private static void collect(Schedule s, long first, long last, long offset, List<Part<Cyclic>> found) {
        if (s instanceof Cyclic c) {
            found.add(new Part<>(c, first, last, offset));
        } else if (s instanceof Composite composite) {
            for (Part<Schedule> p : composite.parts()) { // p's steps are s's own: shift them by offset
                long lo = Math.max(p.first(), first - offset);
                long hi = Math.min(p.last(), last - offset);
                if (lo <= hi) {
                    collect(p.schedule(), lo + offset, hi + offset, p.offset() + offset, found);
                }
            }
        }
    }
}
