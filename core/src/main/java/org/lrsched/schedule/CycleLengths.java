package org.lrsched.schedule;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The tutorial's law of cycle lengths: cycle 0 lasts {@code first} steps, each next one {@code ceil(previous *
 * decay)} (100 * 1.1 gives 111), a float product for a real decay and Python's exact int product for an integer
 * one. Lengths are longs that saturate at {@link Long#MAX_VALUE}: a length past every long, whose cycle never
 * ends within the long steps; {@link #exactAfter} gives its exact value.
 *
 * @param first the first cycle's length
 * @param decay the factor from one length to the next
 */
public record CycleLengths(CycleLength first, Decay decay) {

    /**
     * The length that follows a whole {@code length}.
     *
     * @param length a cycle's length
     * @return the next one's, saturated at {@code Long.MAX_VALUE}
     */
    public long next(long length) {
        if (decay.isWhole()) {
            long product = length * decay.whole();
            boolean fits = Math.multiplyHigh(length, decay.whole()) == 0 && product >= 0;
            return fits ? product : Long.MAX_VALUE;
        }
        return ceilToLength((double) length * decay.real());
    }

    /**
     * The length of cycle 1, which follows the first length whether it is whole or real.
     *
     * @return the length, saturated at {@code Long.MAX_VALUE}
     */
    public long second() {
        return first.isWhole() ? next(first.whole()) : ceilToLength(first.real() * decay.asDouble());
    }

    /**
     * The exact length that follows {@code previous}, as Python's int holds it: past every long too.
     *
     * @param previous a cycle's length
     * @return the next one's
     * @throws ArithmeticException where the float product overflows, as Python's {@code math.ceil} raises there
     */
    public BigInteger wholeAfter(long previous) {
        if (decay.isWhole()) {
            return BigInteger.valueOf(previous).multiply(BigInteger.valueOf(decay.whole()));
        }
        return new BigDecimal(finite(Math.ceil((double) previous * decay.real()))).toBigIntegerExact();
    }

    /**
     * {@link #wholeAfter} as Python's float arithmetic converts it.
     *
     * @param previous a cycle's length
     * @return the nearest double to the next one's
     */
    public double exactAfter(long previous) {
        return wholeAfter(previous).doubleValue();
    }

    /**
     * {@link #exactAfter} for cycle 1, after a first length that may be real.
     *
     * @return the nearest double to cycle 1's length
     */
    public double exactSecond() {
        return first.isWhole() ? exactAfter(first.whole()) : finite(Math.ceil(first.real() * decay.asDouble()));
    }

    /** A cycle length the float product made infinite: Python's {@code math.ceil(inf)} raises OverflowError. */
    private static double finite(double length) {
        if (Double.isInfinite(length)) {
            throw new ArithmeticException("cycle_length x cycle_length_decay overflows to infinity (the reference"
                    + " Python's math.ceil raises OverflowError here)");
        }
        return length;
    }

    /** True when lengths grow by an exact integer factor of at least 2: each cycle is a run of its own. */
    boolean growsExactly() {
        return decay.isWhole() && decay.whole() >= 2;
    }

    /** Python's {@code math.ceil} of a float product; past 2^63 the cycle never ends in a long step. */
    private static long ceilToLength(double product) {
        double next = Math.ceil(product);
        return next >= 0x1p63 ? Long.MAX_VALUE : (long) next;
    }
}
