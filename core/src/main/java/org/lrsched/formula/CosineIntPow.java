package org.lrsched.formula;

import java.util.Set;

/**
 * {@code (ipow((1 + cos((y * pi) / length)) / 2, n) * r + c) * m}: Optax's cosine decay with a Python int
 * exponent, which JAX raises by repeated multiplication ({@link IntPowPoly#ipow}), not by {@code pow}.
 *
 * @param length the decay's length, {@code decay_steps}
 * @param n the int exponent, {@code exponent}
 * @param r the range, {@code 1 - alpha}
 * @param c the fraction at the end, {@code alpha}
 * @param m the magnitude, {@code init_value}
 */
public record CosineIntPow(double length, long n, double r, double c, double m) implements Formula {
    private static final Set<Arithmetic> COS = Set.of(Arithmetic.COS);

    @Override
    public double value(double y) {
        return (IntPowPoly.ipow((1 + StrictMath.cos((y * Math.PI) / length)) / 2, n) * r + c) * m;
    }

    @Override
    public Set<Arithmetic> arithmetic() {
        return COS;
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
