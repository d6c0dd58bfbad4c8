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

    /**
     * The rate at a whole offset into a cycle of whole length (Python's int arithmetic).
     *
     * @param offset steps since the cycle's start
     * @param length the cycle's length
     * @return the rate, before the cyclical schedule's magnitude
     */
    double at(long offset, long length);

    /**
     * The rate at a whole offset into a cycle of real length (a real first cycle length).
     *
     * @param offset steps since the cycle's start
     * @param length the cycle's length
     * @return the rate, before the cyclical schedule's magnitude
     */
    double at(long offset, double length);

    /**
     * The rate at a real offset (inside a cyclical schedule whose first length is real).
     *
     * @param offset steps since the cycle's start, as the reference's float loop holds them
     * @param length the cycle's length
     * @return the rate, before the cyclical schedule's magnitude
     */
    double at(double offset, double length);

    /**
     * Whole offset, and a whole length past every long, exact (an integer decay's Python int). Shapes that only
     * convert the length to float, as Python does in {@code offset * pi / length}, need no more than its nearest
     * double; a shape that subtracts from it exactly overrides this.
     *
     * @param offset steps since the cycle's start
     * @param length the cycle's exact length
     * @return the rate, before the cyclical schedule's magnitude
     */
    default double at(long offset, BigInteger length) {
        return at(offset, length.doubleValue());
    }

    /**
     * Emits pieces for whole offsets {@code [offset, offset + count)} of a cycle of whole {@code length}, each
     * value multiplied by {@code magnitude} as the cyclical schedule does.
     *
     * @param offset the first offset
     * @param count how many offsets
     * @param length the cycle's length
     * @param magnitude the cycle's magnitude
     * @param sink receives the pieces
     */
    void plan(long offset, long count, long length, double magnitude, PieceSink sink);

    /**
     * The shape's parameters: the type name of the matching schedule, without {@code cycle_length}.
     *
     * @return the spec
     */
    Spec spec();
}
