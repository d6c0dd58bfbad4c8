package org.lrsched.schedule;

import java.util.List;
import org.lrsched.Schedule;

/**
 * A schedule that hands spans of its steps to other schedules, each seeing its own steps from 0: a warm-up, a
 * cool-down, a sequence. {@link Cyclic#parts} looks through it for the cyclic schedules it holds.
 */
public interface Composite extends Schedule {

    /**
     * The schedules this one hands its steps to, in step order, each with the span of steps it computes; steps no
     * part holds (a warm-up's ramp) are computed by this schedule itself.
     *
     * @return the parts, none with an empty span
     */
    List<Part<Schedule>> parts();
}
