package org.lrsched.internal;

/** Parameter checks that fail at construction with a message naming the parameter and its value. */
public final class Require {
    private Require() {}

    public static IllegalArgumentException bad(String name, Object value, String rule) {
        return new IllegalArgumentException(name + " " + rule + ", got " + Echo.of(value));
    }

    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw bad(name, value, "must be a finite number");
        }
        return value;
    }

    public static double positive(String name, double value) {
        finite(name, value);
        if (!(value > 0)) {
            throw bad(name, value, "must be > 0");
        }
        return value;
    }

    public static long positive(String name, long value) {
        if (value <= 0) {
            throw bad(name, value, "must be > 0");
        }
        return value;
    }

    public static long nonNegative(String name, long value) {
        if (value < 0) {
            throw bad(name, value, "must be >= 0");
        }
        return value;
    }

    public static double nonNegative(String name, double value) {
        finite(name, value);
        if (!(value >= 0)) {
            throw bad(name, value, "must be >= 0");
        }
        return value;
    }

    /**
     * {@code high - low}, the range a schedule moves over, which must be finite for its values to be: two finite
     * rates can be so far apart that every value between them computes to infinity or NaN.
     */
    public static double range(String highName, double high, String lowName, double low) {
        double range = high - low;
        if (!Double.isFinite(range)) {
            throw new IllegalArgumentException(highName + " - " + lowName + " must be finite, got " + highName + "="
                    + high + ", " + lowName + "=" + low);
        }
        return range;
    }

    /**
     * {@code a * b}, the largest product a schedule's formula forms (a ramp's length times its range), which must be
     * finite: {@code what} names the two factors in the schedule's own parameters.
     */
    public static double product(String what, double a, double b) {
        double product = a * b;
        if (!Double.isFinite(product)) {
            throw new IllegalArgumentException(what + " must be finite, got " + a + " x " + b);
        }
        return product;
    }

    public static void step(long step) {
        if (step < 0) {
            throw new IllegalArgumentException("step must be >= 0, got " + step);
        }
    }
}
