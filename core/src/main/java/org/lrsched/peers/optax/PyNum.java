package org.lrsched.peers.optax;

import java.math.BigInteger;

/**
 * The Python arithmetic Optax does once, on its hyper-parameters, before they meet the count: an int stays an
 * exact int ({@link Long} here) until it meets a float, int {@code -} int is exact, int {@code /} int is the
 * correctly rounded quotient, and an int meeting a float is converted first (to nearest, ties to even, as Java's
 * {@code (double) long} does).
 */
final class PyNum {
    private static final long EXACT = 1L << 53;

    private PyNum() {}

    static boolean isInt(Number x) {
        return x instanceof Long;
    }

    /** Python's {@code float(x)}. */
    static double real(Number x) {
        return x instanceof Long l ? (double) l : x.doubleValue();
    }

    /** Python's {@code a - b} as a float: exact for two ints, then rounded once. */
    static double minus(Number a, Number b) {
        if (a instanceof Long x && b instanceof Long y) {
            long d = x - y;
            if (((x ^ y) & (x ^ d)) < 0) { // overflowed: the exact difference is past every long
                return BigInteger.valueOf(x).subtract(BigInteger.valueOf(y)).doubleValue();
            }
            return (double) d;
        }
        return real(a) - real(b);
    }

    /** Python's {@code a * b}: an exact int for two ints (null where it leaves the long range), else a float. */
    static Number times(Number a, Number b) {
        if (a instanceof Long x && b instanceof Long y) {
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            return (hi == 0 && lo >= 0) || (hi == -1 && lo < 0) ? (Number) lo : null;
        }
        return real(a) * real(b);
    }

    /** Python's {@code a * b} converted to float: for two ints, the exact product rounded once. */
    static double realTimes(Number a, Number b) {
        if (a instanceof Long x && b instanceof Long y) {
            return BigInteger.valueOf(x).multiply(BigInteger.valueOf(y)).doubleValue();
        }
        return real(a) * real(b);
    }

    /** Python's {@code a / b} for a non-zero {@code b}: for two ints the correctly rounded quotient. */
    static double trueDivide(Number a, Number b) {
        if (a instanceof Long x && b instanceof Long y) {
            return trueDivide(x.longValue(), y.longValue());
        }
        return real(a) / real(b);
    }

    /** The exact quotient {@code a / b}, rounded once to nearest, ties to even (CPython's int true division). */
    static double trueDivide(long a, long b) {
        if (b == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (a > -EXACT && a < EXACT && b > -EXACT && b < EXACT) {
            return (double) a / (double) b; // both exact: one IEEE division is one rounding
        }
        boolean negative = (a < 0) != (b < 0);
        BigInteger num = BigInteger.valueOf(a).abs();
        BigInteger den = BigInteger.valueOf(b).abs();
        if (num.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        // q = floor(num * 2^shift / den) has 55 or 56 bits: rounding to 53 happens above bit 1, and a sticky
        // bit 0 for a non-zero remainder makes the conversion of q round as the exact quotient does
        int shift = 55 - (num.bitLength() - den.bitLength());
        BigInteger scaled = shift >= 0 ? num.shiftLeft(shift) : num;
        BigInteger divisor = shift >= 0 ? den : den.shiftLeft(-shift);
        BigInteger[] qr = scaled.divideAndRemainder(divisor);
        long q = qr[0].longValueExact() | (qr[1].signum() != 0 ? 1 : 0);
        double magnitude = Math.scalb((double) q, -shift);
        return negative ? -magnitude : magnitude;
    }

    /** Python's {@code int(x)} of a float (towards zero), or null where {@code x} is not finite or past a long. */
    static Long truncate(double x) {
        if (!(Math.abs(x) < 0x1p63)) {
            return null;
        }
        return (long) x;
    }
}
