package org.lrsched.schedule;

import java.util.Objects;
import org.lrsched.Schedule;

/**
 * A schedule inside another, and the steps of the outer one it computes: at every outer step {@code s} from
 * {@code first} to {@code last}, the outer value is {@code schedule.at(s - offset)}.
 *
 * @param <S> the kind of schedule
 * @param schedule the inner schedule
 * @param first the first outer step it computes
 * @param last the last outer step it computes, at most {@code Long.MAX_VALUE}
 * @param offset the outer step of the inner schedule's step 0, at most {@code first}
 */
public record Part<S extends Schedule>(S schedule, long first, long last, long offset) {

    /**
     * Checks the steps.
     *
     * @param schedule the inner schedule
     * @param first the first outer step it computes
     * @param last the last outer step it computes
     * @param offset the outer step of the inner schedule's step 0
     * @throws IllegalArgumentException unless {@code 0 <= offset <= first <= last}
     */
    public Part {
        Objects.requireNonNull(schedule, "schedule");
        if (offset < 0 || offset > first || first > last) {
            throw new IllegalArgumentException("a part needs 0 <= offset <= first <= last, got offset " + offset
                    + ", first " + first + ", last " + last);
        }
    }
}
