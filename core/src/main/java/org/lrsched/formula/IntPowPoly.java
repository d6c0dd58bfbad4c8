package org.lrsched.formula;

import java.util.Set;

/**
 * {@code c + r * ipow(1 - y / length, n)}, where {@code ipow} is JAX's {@code integer_pow}: a power by repeated
 * squaring, no {@code pow}. Optax's polynomial and linear schedules (a Python int power) and their warm-ups.
 *
 * @param length the transition's length, {@code transition_steps}
 * @param n the int power, {@code power}
 * @param r the range, {@code init_value - end_value}
 * @param c the value at the end, {@code end_value}
 */
public record IntPowPoly(double length, long n, double r, double c) implements Formula {

    @Override
    public double value(double y) {
        return c + r * ipow(1 - y / length, n);
    }

    /**
     * JAX's {@code lax.integer_pow(x, n)} as XLA runs it: right-to-left binary exponentiation, the result
     * collecting {@code x^(2^k)} for the set bits of |n|, lowest first, {@code x} squared after each bit; a
     * negative {@code n} ends with {@code 1 / result}; {@code n = 0} gives 1 (also for 0, infinities and NaN).
     * So {@code x^3 = (x * x) * x} and {@code x^5 = x * ((x * x) * (x * x))}.
     *
     * @param x the base
     * @param n the exponent
     * @return {@code x^n}, in XLA's order of multiplications
     */
    public static double ipow(double x, long n) {
        if (n == 0) {
            return 1.0;
        }
        long bits = n < 0 ? -n : n; // Long.MIN_VALUE stays itself: read unsigned below
        double result = 0;
        boolean first = true;
        while (bits != 0) {
            if ((bits & 1) != 0) {
                result = first ? x : result * x;
                first = false;
            }
            bits >>>= 1;
            if (bits != 0) {
                x = x * x;
            }
        }
        return n < 0 ? 1.0 / result : result;
    }

    @Override
    public Set<Arithmetic> arithmetic() {
        return Set.of();
    }

    @Override
    public double scale() {
        return Formula.larger(value(0), value(length));
    }

    @Override
    public void fill(Out out, int at, int n, long y0, int direction) {
        for (int i = 0; i < n; i++) {
            out.put(at + i, value(y0 + (long) direction * i));
        }
    }
}
