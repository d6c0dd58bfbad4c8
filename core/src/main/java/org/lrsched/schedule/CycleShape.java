package org.lrsched.schedule;

import java.math.BigInteger;
import org.lrsched.Spec;
import org.lrsched.plan.PieceSink;

/**
 * The shape of one cycle, given its length at evaluation time: what the tutorial's {@code CyclicalSchedule}
 * builds from {@code schedule_class} and its keyword arguments for each cycle.
 *
 * <p>Three overloads mirror Python's arithmetic on the argument types it meets: whole offset and whole length
 * (int arithmetic), whole offset and real length (a real first cycle length), real offset (offsets inside a
 * cyclical schedule whose first length is real).
 */
public interface CycleShape {

    double at(long offset, long length);

    double at(long offset, double length);

    double at(double offset, double length);

    /**
     * Whole offset, and a whole length past every long, exact (an integer decay's Python int). Shapes that only
     * convert the length to float, as Python does in {@code offset * pi / length}, need no more than its nearest
     * double; a shape that subtracts from it exactly overrides this.
     */
    default double at(long offset, BigInteger length) {
        return at(offset, length.doubleValue());
    }

    /**
     * Emits pieces for whole offsets {@code [offset, offset + count)} of a cycle of whole {@code length}, each
     * value multiplied by {@code magnitude} as the cyclical schedule does.
     */
    void plan(long offset, long count, long length, double magnitude, PieceSink sink);

    /** The shape's parameters: the type name of the matching schedule, without {@code cycle_length}. */
    Spec spec();
}
