package org.lrsched.internal;

/**
 * A learning rate that is not finite. The references' float arithmetic returns an infinity (or NaN) there without
 * raising; lrsched raises instead, so that no table ever holds one.
 */
public final class Overflow {
    private Overflow() {}

    public static ArithmeticException at(long step) {
        return new ArithmeticException("the learning rate at step " + step
                + " is not finite (the reference's float arithmetic overflows there)");
    }

    /** {@code value}, or the exception of {@link #at} where it is not finite. */
    public static double check(double value, long step) {
        if (!Double.isFinite(value)) {
            throw at(step);
        }
        return value;
    }
}
