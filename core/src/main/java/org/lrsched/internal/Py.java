package org.lrsched.internal;

/**
 * Python's mixed int/float semantics, where they differ from Java's.
 *
 * <p>Python compares an int with a float exactly, while Java would first round the long to a double (wrong
 * past 2^53). Python's int-to-float conversion rounds to nearest-even, as Java's {@code (double) long} does.
 */
public final class Py {
    private static final double TWO_63 = 0x1p63;

    private Py() {}

    /** Python's float division, which raises rather than return an infinity or NaN for a zero divisor. */
    public static double div(double a, double b) {
        if (b == 0) {
            throw new ArithmeticException("float division by zero (the reference Python raises here)");
        }
        return a / b;
    }

    /**
     * Python's {@code int(a) - b} converted to float, for a whole {@code a} that may lie past every long: one
     * rounding of the exact difference, as Python's exact int arithmetic gives.
     */
    public static double wholeDifference(double a, long b) {
        if (a < TWO_63) {
            return (double) ((long) a - b);
        }
        return new java.math.BigDecimal(a).subtract(java.math.BigDecimal.valueOf(b)).doubleValue();
    }

    /** Exactly {@code a <= b}, as Python compares an int with a float. */
    public static boolean le(long a, double b) {
        if (b >= TWO_63) {
            return true;
        }
        if (!(b >= -TWO_63)) {
            return false; // below every long, or NaN
        }
        return a <= (long) Math.floor(b);
    }

    /** Exactly {@code a <= b}, as Python compares a float with an int. */
    public static boolean le(double a, long b) {
        if (!(a < TWO_63)) {
            return false; // above every long, or NaN
        }
        if (a < -TWO_63) {
            return true;
        }
        return (long) Math.ceil(a) <= b;
    }
}
