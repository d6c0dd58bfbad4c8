package org.lrsched.formula;

import java.util.Set;

/**
 * {@code c + a * (cos(pi * (y / length)) + 1)}: a half cosine from {@code c + 2a} down (or up) to {@code c},
 * Optax's cosine interpolation between two values ({@code a = (start - end) / 2.0}, {@code c = end}). The angle
 * is {@code pi * (y / length)}, which rounds differently from {@link Cosine}'s {@code (y * pi) / length}.
 *
 * @param length the interval's length, from one boundary to the next (at least 1)
 * @param a half the move, {@code (start - end) / 2.0}
 * @param c the value at the end, {@code end}
 */
public record CosineInterpolation(double length, double a, double c) implements Formula {
    private static final Set<Arithmetic> COS = Set.of(Arithmetic.COS);

    @Override
    public double value(double y) {
        return c + a * (StrictMath.cos(Math.PI * (y / length)) + 1);
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
