package org.lrsched.schedule;

import org.lrsched.internal.Require;
import org.lrsched.spec.Kind;
import org.lrsched.spec.Reading;

/**
 * A cycle length as the documents allow it: a whole number of steps, or a real number (a non-integer first
 * cycle length is legal in the tutorial). Whole lengths take Python's exact int arithmetic, real lengths its
 * float arithmetic; an integral value is whole, whichever way it was written. Always finite and above 0. Made by
 * {@link #of(long)} and {@link #of(double)}.
 *
 * @param real the length as written (meaningful when not whole)
 * @param whole the length in whole steps (meaningful when whole)
 * @param isWhole whether the length is a whole number of steps
 */
public record CycleLength(double real, long whole, boolean isWhole) {

    /** Reads a whole or real number of steps; prints a whole one as an integer. */
    public static final Kind<CycleLength> KIND = new Kind<>() {
        @Override
        public String describe() {
            return "a number of steps > 0 (whole, or real where the documents allow it)";
        }

        @Override
        public CycleLength read(Object value, Reading at) {
            if (value instanceof Long l) {
                return of(l);
            }
            if (value instanceof Double d) {
                return of(d);
            }
            throw at.wrong(describe(), value);
        }

        @Override
        public Object write(CycleLength value) {
            return value.specValue();
        }
    };

    /**
     * A length of {@code value} steps: {@code CycleLength.of(100.5)}.
     *
     * @param value the length; an integral value is a whole length
     * @return the length
     * @throws IllegalArgumentException naming {@code cycle_length} unless the value is finite and above 0
     */
    public static CycleLength of(double value) {
        Require.positive("cycle_length", value);
        boolean integral = value == Math.floor(value) && value < 0x1p63;
        return new CycleLength(value, integral ? (long) value : 0, integral);
    }

    /**
     * A whole length of {@code value} steps: {@code CycleLength.of(250)}.
     *
     * @param value the length, {@code > 0}
     * @return the length
     * @throws IllegalArgumentException naming {@code cycle_length} unless the value is above 0
     */
    public static CycleLength of(long value) {
        Require.positive("cycle_length", value);
        return new CycleLength(value, value, true);
    }

    /**
     * The length as a Python float would hold it.
     *
     * @return the nearest double
     */
    public double asDouble() {
        return isWhole ? (double) whole : real;
    }

    /**
     * The spec value.
     *
     * @return a {@link Long} when whole, else a {@link Double}
     */
    public Object specValue() {
        return isWhole ? (Object) whole : (Object) real;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CycleLength c && specValue().equals(c.specValue());
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
