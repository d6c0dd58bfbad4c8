package org.lrsched.formula;

import java.util.Set;

/**
 * {@code m * ((r * pow(1.0 - y / q, power) + c) / m)} where {@code y / q} is Python's int/int true division (the
 * exact quotient rounded once, which a double division is not past 2^53): transformers'
 * {@code get_polynomial_decay_schedule_with_warmup}, whose lambda divides by {@code lr} and {@code LambdaLR}
 * multiplies back. {@code q == 0} ({@code 0 / 0}) and {@code pow(0.0, power < 0)} raise in Python: NaN or an
 * infinity here, which {@code at} and the tables refuse.
 *
 * @param q the decay's length, {@code num_training_steps - num_warmup_steps}
 * @param power the power of the remaining fraction, {@code power}
 * @param r the range, {@code lr - lr_end}
 * @param c the value at the end, {@code lr_end}
 * @param m the rate the lambda divides by and {@code LambdaLR} multiplies by, {@code lr}
 */
public record QuotientPoly(long q, double power, double r, double c, double m) implements Formula {
    private static final Set<Arithmetic> POW = Set.of(Arithmetic.POW);

    /**
     * The value at a whole {@code y}, exactly: what the tables and {@code at} use.
     *
     * @param y the steps since the warm-up's end, {@code step - num_warmup_steps}
     * @return the value at {@code y}; NaN or an infinity where Python raises
     */
    public double value(long y) {
        if (q == 0) {
            return Double.NaN;
        }
        double b = 1.0 - ExactQuotient.unsigned(y, q);
        return m * ((r * StrictMath.pow(b, power) + c) / m);
    }

    /** {@link #value(long)} at a whole {@code y} given as a double. */
    @Override
    public double value(double y) {
        return value((long) y);
    }

    @Override
    public Set<Arithmetic> arithmetic() {
        return POW;
    }

    /** Between the ends for {@code power >= 0}; a negative power grows towards {@code y = q}. */
    @Override
    public double scale() {
        if (power >= 0) {
            return Formula.larger(r + c, c); // pow(b, power) runs over [0, 1]; the / m * m is within an ulp
        }
        return Formula.larger(value(0L), value(Math.max(0, q - 1)));
    }

    @Override
    public void fill(Out out, int at, int n, long y0, int direction) {
        for (int i = 0; i < n; i++) {
            out.put(at + i, value(y0 + (long) direction * i));
        }
    }
}
