package org.lrsched.schedule;

import org.lrsched.internal.Require;

/**
 * A cycle length as the documents allow it: a whole number of steps, or a real number (a non-integer first
 * cycle length is legal in the tutorial). Whole lengths take Python's exact int arithmetic, real lengths its
 * float arithmetic; an integral value is whole, whichever way it was written.
 */
public final class CycleLength {
    private final double real;
    private final long whole;
    private final boolean integral;

    private CycleLength(double real, long whole, boolean integral) {
        this.real = real;
        this.whole = whole;
        this.integral = integral;
    }

    public static CycleLength of(String name, double value) {
        Require.positive(name, value);
        boolean integral = value == Math.floor(value) && value < 0x1p63;
        return new CycleLength(value, integral ? (long) value : 0, integral);
    }

    public static CycleLength of(String name, long value) {
        Require.positive(name, value);
        return new CycleLength(value, value, true);
    }

    public boolean isWhole() {
        return integral;
    }

    /** The whole length; only meaningful when {@link #isWhole()}. */
    public long whole() {
        return whole;
    }

    /** The length as a Python float would hold it. */
    public double real() {
        return integral ? (double) whole : real;
    }

    /** The spec value: a {@link Long} when whole, else a {@link Double}. */
    public Object specValue() {
        return integral ? (Object) whole : (Object) real;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CycleLength && specValue().equals(((CycleLength) o).specValue());
    }

    @Override
    public int hashCode() {
        return specValue().hashCode();
    }

    @Override
    public String toString() {
        return String.valueOf(specValue());
    }
}
