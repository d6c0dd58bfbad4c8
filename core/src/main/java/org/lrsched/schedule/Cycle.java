package org.lrsched.schedule;

import java.math.BigInteger;

/**
 * One cycle of a cyclical schedule, in whole steps: it covers steps {@code start <= s < end}. {@code length} is
 * the cycle's length as the reference computes it where that is whole, else the whole steps the cycle covers (a
 * real first length, a float cycle length); {@code Long.MAX_VALUE} for a length past every long, and for a last
 * cycle that goes on for ever. A cycle whose end would lie past {@code Long.MAX_VALUE} never ends: {@link
 * #endless()}.
 *
 * @param index the cycle's number, from 0
 * @param start its first step
 * @param length its length in whole steps, {@code Long.MAX_VALUE} past every long
 * @param endless whether it lasts past the last long step: true when {@code start + length} passes {@code
 *     Long.MAX_VALUE}, and for a cycle from step 0 whose length is past every long
 */
public record Cycle(long index, long start, long length, boolean endless) {

    /**
     * Checks that {@code endless} says what {@code start} and {@code length} say.
     *
     * @param index the cycle's number, from 0
     * @param start its first step
     * @param length its length in whole steps, {@code Long.MAX_VALUE} past every long
     * @param endless whether it lasts past the last long step
     * @throws IllegalArgumentException where it does not
     */
    public Cycle {
        boolean pastTheLastLong = start > Long.MAX_VALUE - length;
        if (endless != pastTheLastLong && !(endless && start == 0 && length == Long.MAX_VALUE)) {
            throw new IllegalArgumentException("a cycle from " + start + " of length " + length
                    + (endless ? " ends before 2^63" : " does not end before 2^63"));
        }
    }

    /**
     * The cycle of {@code length} whole steps from {@code start}: endless when its end passes {@code
     * Long.MAX_VALUE}. A length of {@code Long.MAX_VALUE} from step 0 is exactly that many steps.
     *
     * @param index the cycle's number, from 0
     * @param start its first step
     * @param length its length in whole steps, {@code Long.MAX_VALUE} past every long
     */
    public Cycle(long index, long start, long length) {
        this(index, start, length, start > Long.MAX_VALUE - length);
    }

    /**
     * The cycle from {@code start} to just before {@code end}, an exact end that may lie past every long.
     *
     * @param index the cycle's number, from 0
     * @param start its first step
     * @param end the first step after it
     * @return the cycle, endless where {@code end} passes {@code Long.MAX_VALUE}
     */
    public static Cycle until(long index, long start, BigInteger end) {
        BigInteger length = end.subtract(BigInteger.valueOf(start));
        boolean endless = end.bitLength() > 63;
        return new Cycle(index, start, length.bitLength() < 64 ? length.longValue() : Long.MAX_VALUE, endless);
    }

    /**
     * The cycle from {@code start} that never ends: the last of a schedule whose final part goes on for ever.
     *
     * @param index the cycle's number, from 0
     * @param start its first step
     * @return the cycle, of length {@code Long.MAX_VALUE}
     */
    public static Cycle endlessFrom(long index, long start) {
        return new Cycle(index, start, Long.MAX_VALUE, true);
    }

    /** The whole steps {@code s} with {@code start <= s < end} for float cycle ends (a real first length). */
    static Cycle between(long index, double start, double end) {
        long first = (long) Math.ceil(start);
        if (end >= 0x1p63) {
            return endlessFrom(index, first);
        }
        return new Cycle(index, first, (long) Math.ceil(end) - first);
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
        return "cycle " + index + " [" + start + ", " + (endless ? "never ends" : end() + ")") + " length " + length;
    }
}
