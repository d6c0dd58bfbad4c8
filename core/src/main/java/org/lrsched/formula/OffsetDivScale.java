package org.lrsched.formula;

import java.util.Set;

/**
 * {@code ((y - o) / q) * r + c}: a linear anneal over a phase that starts at the real step {@code o} and lasts
 * {@code q}, PyTorch's {@code OneCycleLR} with {@code anneal_strategy='linear'} ({@code (end - start) * pct + start}
 * with {@code pct = (s - o) / q}; {@code y} is the step itself, so {@code y - o} rounds as Python's
 * {@code float(s) - start} does).
 *
 * @param o the real step where the phase starts: the end of the phase before it, {@code 0.0} for the first
 * @param q the phase's length, {@code end - start}
 * @param r the phase's move, its end lr minus its start lr
 * @param c the phase's start lr
 */
public record OffsetDivScale(double o, double q, double r, double c) implements Formula {

    @Override
    public double value(double y) {
        return ((y - o) / q) * r + c;
    }

    @Override
    public Set<Arithmetic> arithmetic() {
        return Set.of();
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
