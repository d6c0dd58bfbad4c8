package org.lrsched.internal;

import java.math.BigInteger;

/**
 * Python's exact int arithmetic where a reference converts the result to float once: {@code int / int} (the exact
 * quotient, correctly rounded) and {@code float(int ** int)} (the exact power, correctly rounded). Both equal the
 * double operations while every operand is a double exactly; past that they are computed exactly here, where a
 * double division or {@code pow} would round twice.
 */
public final class ExactInts {
    private static final long TWO_53 = 1L << 53;
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    /** Past this many bits an int has no float: Python raises OverflowError converting it. */
    private static final int FLOAT_BITS = 1024;

    private ExactInts() {}

    /** True when {@code v} is a double exactly: at most 53 significant bits. */
    public static boolean isDouble(long v) {
        long m = Math.abs(v);
        return m <= TWO_53 || (m > 0 && 64 - Long.numberOfLeadingZeros(m) - Long.numberOfTrailingZeros(m) <= 53);
    }

    /** True when {@code v} is a double exactly: at most 53 significant bits. */
    public static boolean isDouble(BigInteger v) {
        return v.signum() == 0 || v.abs().bitLength() - v.getLowestSetBit() <= 53;
    }

    /** Python's {@code a / b} for ints, {@code b != 0}: the exact quotient rounded once to the nearest double. */
    public static double trueDivide(long a, long b) {
        if (isDouble(a) && isDouble(b)) {
            return Py.div(a, b); // both exact: IEEE division rounds the exact quotient once
        }
        if (a >= 0 && b > 0 && a < b) {
            return properFraction(a, b);
        }
        return trueDivide(BigInteger.valueOf(a), BigInteger.valueOf(b));
    }

    /** Python's {@code a / b} for a long and an int held as a BigInteger, {@code b != 0}. */
    public static double trueDivide(long a, BigInteger b) {
        if (b.bitLength() < 64) {
            return trueDivide(a, b.longValueExact());
        }
        if (isDouble(a) && isDouble(b)) {
            return Py.div(a, b.doubleValue());
        }
        return trueDivide(BigInteger.valueOf(a), b);
    }

    /**
     * {@code a / b} rounded once, for {@code 0 <= a < b}: the double quotient of the rounded operands is within two
     * ulps, and each candidate is settled by comparing {@code a / b} with its neighbouring midpoints exactly, in
     * 128-bit integers ({@code a * 2^s} against {@code (2M + 1) * b}, both below 2^118).
     */
    private static double properFraction(long a, long b) {
        if (a == 0) {
            return 0.0;
        }
        double q = (double) a / (double) b;
        for (int moves = 0; moves < 8; moves++) {
            double up = Math.nextUp(q);
            int above = compareToMidpoint(a, b, q);
            if (above > 0 || (above == 0 && odd(q))) {
                q = up;
                continue;
            }
            double down = Math.nextDown(q);
            int below = compareToMidpoint(a, b, down);
            if (below < 0 || (below == 0 && odd(q))) {
                q = down;
                continue;
            }
            return q;
        }
        return trueDivide(BigInteger.valueOf(a), BigInteger.valueOf(b)); // not reached: the estimate is that close
    }

    private static boolean odd(double q) {
        return (Double.doubleToRawLongBits(q) & 1) == 1;
    }

    /**
     * The sign of {@code a / b - m}, {@code m} the midpoint between {@code lo} and the next double up ({@code lo =
     * M * 2^e} with a 53-bit M, {@code m = (2M + 1) * 2^(e-1)}), for {@code 2^-64 <= lo < 1}.
     */
    private static int compareToMidpoint(long a, long b, double lo) {
        int exponent = Math.getExponent(lo);
        long significand = (Double.doubleToRawLongBits(lo) & 0xF_FFFF_FFFF_FFFFL) | 0x10_0000_0000_0000L;
        int s = 1 - (exponent - 52); // a * 2^s against (2M + 1) * b
        long odd = 2 * significand + 1; // below 2^54
        long rightHigh = Math.multiplyHigh(odd, b);
        long rightLow = odd * b;
        long leftHigh = s >= 64 ? a << (s - 64) : a >>> (64 - s);
        long leftLow = s >= 64 ? 0 : a << s;
        int c = Long.compareUnsigned(leftHigh, rightHigh);
        return c != 0 ? c : Long.compareUnsigned(leftLow, rightLow);
    }

    /**
     * Python's {@code a / b} for ints, {@code b != 0}: the exact quotient rounded once to the nearest double
     * (ties to even), subnormal results included; infinite where Python raises OverflowError (a quotient past the
     * largest double).
     */
    public static double trueDivide(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw new ArithmeticException("division by zero (the reference Python raises ZeroDivisionError here)");
        }
        if (a.signum() == 0) {
            return b.signum() < 0 ? -0.0 : 0.0; // as Python: 0 / -3 is -0.0
        }
        boolean negative = a.signum() != b.signum();
        BigInteger n = a.abs();
        BigInteger d = b.abs();
        int e = n.bitLength() - d.bitLength(); // n / d lies in [2^(e-1), 2^(e+1))
        if (e > FLOAT_BITS + 1) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        double magnitude;
        if (e <= -1022) {
            // at most 2^-1021: round on the grid of the subnormals, 2^-1074, with two more bits and a sticky bit
            BigInteger[] qr = n.shiftLeft(1076).divideAndRemainder(d);
            long q = qr[0].longValueExact() | (qr[1].signum() != 0 ? 1 : 0); // below 2^55
            long units = q >>> 2;
            long rest = q & 3;
            if (rest > 2 || (rest == 2 && (units & 1) == 1)) {
                units++;
            }
            magnitude = Double.longBitsToDouble(units); // units * 2^-1074, units <= 2^53
        } else {
            // 55 or 56 significant bits and a sticky bit below the rounding position: one rounding in doubleValue
            int shift = 55 - e;
            BigInteger[] qr = shift >= 0 ? n.shiftLeft(shift).divideAndRemainder(d)
                    : n.divideAndRemainder(d.shiftLeft(-shift));
            long q = qr[0].longValueExact() | (qr[1].signum() != 0 ? 1 : 0); // in [2^54, 2^56)
            magnitude = Math.scalb((double) q, -shift); // exact: the result is normal or infinite
        }
        return negative ? -magnitude : magnitude;
    }

    /**
     * Python's {@code float(base ** exponent)} for ints, {@code exponent >= 0}: the exact power rounded once;
     * infinite where Python raises OverflowError converting it to float.
     */
    public static double powerToDouble(long base, long exponent) {
        if (exponent < 0) {
            throw new IllegalArgumentException("exponent must be >= 0, got " + exponent);
        }
        if (exponent == 0) {
            return 1.0; // 0 ** 0 is 1 in Python
        }
        if (base == 0 || base == 1) {
            return base;
        }
        if (base == -1) {
            return (exponent & 1) == 0 ? 1.0 : -1.0;
        }
        long m = Math.abs(base);
        if (exponent == 1) {
            return base;
        }
        if (exponent == 2 && m <= TWO_53) {
            return (double) base * base; // an exact operand: one rounding of the exact square
        }
        long power = 1;
        boolean fits = true;
        for (long k = 0; k < exponent && fits; k++) {
            if (Math.multiplyHigh(power, m) != 0 || power * m < 0) {
                fits = false;
            } else {
                power *= m;
            }
        }
        double sign = base < 0 && (exponent & 1) == 1 ? -1.0 : 1.0;
        if (fits) {
            return sign * (double) power;
        }
        if ((63 - Long.numberOfLeadingZeros(m)) * (double) exponent > FLOAT_BITS) {
            return sign * Double.POSITIVE_INFINITY; // at least 2^1025: no float
        }
        return sign * power(BigInteger.valueOf(m), exponent).doubleValue();
    }

    /** Python's {@code float(base ** exponent)} for an int base held as a BigInteger, {@code base >= 0}. */
    public static double powerToDouble(BigInteger base, long exponent) {
        if (base.bitLength() < 63) {
            return powerToDouble(base.longValueExact(), exponent);
        }
        if (exponent < 0 || base.signum() < 0) {
            throw new IllegalArgumentException("power(" + base + ", " + exponent + ") is out of its range");
        }
        if (exponent == 0) {
            return 1.0;
        }
        if ((base.bitLength() - 1) * (double) exponent > FLOAT_BITS) {
            return Double.POSITIVE_INFINITY;
        }
        return power(base, exponent).doubleValue();
    }

    /**
     * {@code base ** exponent} exactly, {@code base >= 0}, {@code 0 <= exponent <= 2^16} (a bound on the work:
     * the callers' exponents are at most 1024, or the power has no float and is not computed).
     */
    public static BigInteger power(BigInteger base, long exponent) {
        if (base.signum() < 0 || exponent < 0 || exponent > 1 << 16) {
            throw new IllegalArgumentException("power(" + base + ", " + exponent + ") is out of its range");
        }
        return base.pow((int) exponent);
    }

    /** The exact int {@code value} as a long, or {@link Long#MAX_VALUE} for any value past it. */
    public static long saturated(BigInteger value) {
        return value.compareTo(LONG_MAX) >= 0 ? Long.MAX_VALUE : value.longValueExact();
    }
}
