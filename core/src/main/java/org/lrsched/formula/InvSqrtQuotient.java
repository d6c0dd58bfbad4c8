package org.lrsched.formula;

import java.util.Set;

/**
 * {@code m * (1.0 / sqrt((y + c0) / q))} where {@code y + c0} is an exact integer (it may pass 2^63 - 1 by up to
 * {@code c0}) and {@code /} is Python's int/int true division: transformers' {@code get_inverse_sqrt_schedule}.
 * IEEE arithmetic only (sqrt is correctly rounded).
 *
 * @param q the divisor, {@code timescale}
 * @param c0 the shift added to {@code y}, {@code timescale} (the quotient is 1 at the warm-up's end)
 * @param m the magnitude, {@code lr}
 */
public record InvSqrtQuotient(long q, long c0, double m) implements Formula {

    /**
     * The value at a whole {@code y >= 0}, exactly.
     *
     * @param y the steps since the warm-up's end, {@code step - num_warmup_steps}
     * @return the value at {@code y}
     */
    public double value(long y) {
        return m * (1.0 / Math.sqrt(ExactQuotient.unsigned(y + c0, q)));
    }

    /** {@link #value(long)} at a whole {@code y} given as a double. */
    @Override
    public double value(double y) {
        return value((long) y);
    }

    @Override
    public Set<Arithmetic> arithmetic() {
        return Set.of();
    }

    /** Decreasing in {@code y}: the value at 0. */
    @Override
    public double scale() {
        return Math.abs(value(0L));
    }

    @Override
    public void fill(Out out, int at, int n, long y0, int direction) {
        for (int i = 0; i < n; i++) {
            out.put(at + i, value(y0 + (long) direction * i));
        }
    }
}
