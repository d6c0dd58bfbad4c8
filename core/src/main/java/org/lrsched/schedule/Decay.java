package org.lrsched.schedule;

import org.lrsched.spec.Kind;
import org.lrsched.spec.Reading;

/**
 * A cycle length decay as the spec writes it: an integer ({@code 3}), which multiplies a whole length exactly, as
 * Python's int * int does, or a real number ({@code 3.0}, {@code 1.1}), a float product. The two differ once
 * products pass 2^53. Made by {@link #whole(long)} and {@link #real(double)}.
 *
 * @param real the factor as a double
 * @param whole the factor as an integer (meaningful when whole)
 * @param isWhole whether the factor was written as an integer
 */
public record Decay(double real, long whole, boolean isWhole) {

    /** Reads an integer as a whole decay and a real number as a real one, and prints them back so. */
    public static final Kind<Decay> KIND = new Kind<>() {
        @Override
        public String describe() {
            return "a number (an integer multiplies lengths exactly, a real number as a float product)";
        }

        @Override
        public Decay read(Object value, Reading at) {
            if (value instanceof Long l) {
                return whole(l);
            }
            if (value instanceof Double d) {
                return real(d);
            }
            throw at.wrong(describe(), value);
        }

        @Override
        public Object write(Decay value) {
            return value.isWhole ? (Object) value.whole : (Object) value.real;
        }

        @Override
        public String invalid(Decay value) {
            return Double.isFinite(value.real) ? null : "must be a finite number";
        }
    };

    /**
     * An integer decay: lengths multiply exactly.
     *
     * @param value the factor, e.g. 2
     * @return the decay
     */
    public static Decay whole(long value) {
        return new Decay(value, value, true);
    }

    /**
     * A real decay: lengths multiply as float products.
     *
     * @param value the factor, e.g. 1.1 (2.0 is a real decay too, unlike 2)
     * @return the decay
     */
    public static Decay real(double value) {
        return new Decay(value, 0, false);
    }

    /**
     * The decay as a Python float: what a float product uses, and estimates.
     *
     * @return the factor as a double
     */
    public double asDouble() {
        return real;
    }

    @Override
    public String toString() {
        return isWhole ? String.valueOf(whole) : String.valueOf(real);
    }
}
