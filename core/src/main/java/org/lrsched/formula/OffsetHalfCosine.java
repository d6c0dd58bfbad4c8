package org.lrsched.formula;

import java.util.Set;

/**
 * {@code c + h * (cos(pi * ((y - o) / q)) + 1)}: a cosine anneal over a phase that starts at the real step
 * {@code o} and lasts {@code q}, PyTorch's {@code OneCycleLR} with {@code anneal_strategy='cos'}
 * ({@code end + (start - end) / 2.0 * (cos(pi * pct) + 1)}, {@code h = (start - end) / 2.0}, {@code c = end}).
 *
 * @param o the real step where the phase starts: the end of the phase before it, {@code 0.0} for the first
 * @param q the phase's length, {@code end - start}
 * @param h half the phase's move, {@code (start lr - end lr) / 2.0}
 * @param c the phase's end lr
 */
public record OffsetHalfCosine(double o, double q, double h, double c) implements Formula {
    private static final Set<Arithmetic> COS = Set.of(Arithmetic.COS);

    @Override
    public double value(double y) {
        return c + h * (StrictMath.cos(Math.PI * ((y - o) / q)) + 1);
    }

    @Override
    public Set<Arithmetic> arithmetic() {
        return COS;
    }

    @Override
    public double scale() {
        return Formula.larger(value(o), value(o + q));
    }

    @Override
    public void fill(Out out, int at, int n, long y0, int direction) {
        for (int i = 0; i < n; i++) {
            out.put(at + i, value(y0 + (long) direction * i));
        }
    }
}
