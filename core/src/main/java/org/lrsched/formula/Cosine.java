package org.lrsched.formula;

import java.util.Set;

/**
 * {@code ((1 + cos((y * pi) / length)) / 2 * r + c) * m}: the tutorial's cosine annealing.
 *
 * @param length the cycle's length
 * @param r the range, {@code max_lr - min_lr}
 * @param c the rate at the end, {@code min_lr}
 * @param m the cycle's magnitude
 */
public record Cosine(double length, double r, double c, double m) implements Formula {
    private static final Set<Arithmetic> COS = Set.of(Arithmetic.COS);

    @Override
    public double value(double y) {
        return ((1 + StrictMath.cos((y * Math.PI) / length)) / 2 * r + c) * m;
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
