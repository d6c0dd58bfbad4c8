package org.lrsched.formula;

import java.util.Set;

/**
 * {@code (pow((1 + cos((y * pi) / length)) / 2, e) * r + c) * m}: Optax's cosine decay with a real exponent.
 *
 * @param length the decay's length, {@code decay_steps}
 * @param e the real exponent, {@code exponent}
 * @param r the range, {@code 1 - alpha}
 * @param c the fraction at the end, {@code alpha}
 * @param m the magnitude, {@code init_value}
 */
public record CosineRealPow(double length, double e, double r, double c, double m) implements Formula {
    private static final Set<Arithmetic> COS_POW = Set.of(Arithmetic.COS, Arithmetic.POW);

    @Override
    public double value(double y) {
        return (StrictMath.pow((1 + StrictMath.cos((y * Math.PI) / length)) / 2, e) * r + c) * m;
    }

    @Override
    public Set<Arithmetic> arithmetic() {
        return COS_POW;
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
