package org.lrsched.schedule;

/**
 * One cycle of a cyclical schedule, in whole steps: it covers steps {@code start <= s < end}. {@code length} is
 * the cycle's length as the reference's loop computes it (for a real first length: the whole steps the cycle
 * covers; {@code Long.MAX_VALUE} for a length past every long). A cycle whose end would lie past {@code
 * Long.MAX_VALUE} never ends: {@link #endless()}.
 *
 * @param index the cycle's number, from 0
 * @param start its first step
 * @param length its length in whole steps, {@code Long.MAX_VALUE} past every long
 */
public record Cycle(long index, long start, long length) {

    /** The whole steps {@code s} with {@code start <= s < end} for float cycle ends (a real first length). */
    static Cycle between(long index, double start, double end) {
        long first = (long) Math.ceil(start);
        long length = end >= 0x1p63 ? Long.MAX_VALUE : (long) Math.ceil(end) - first;
        return new Cycle(index, first, length);
    }

    /**
     * Whether the cycle lasts past the last long step.
     *
     * @return true when its end would lie past {@code Long.MAX_VALUE}
     */
    public boolean endless() {
        return start > Long.MAX_VALUE - length;
    }

    /**
     * The first step of the next cycle; only meaningful when not {@link #endless()}.
     *
     * @return {@code start + length}
     */
    public long end() {
        return start + length;
    }

    @Override
    public String toString() {
        return "cycle " + index + " [" + start + ", " + (endless() ? "never ends" : end() + ")") + " length " + length;
    }
}
