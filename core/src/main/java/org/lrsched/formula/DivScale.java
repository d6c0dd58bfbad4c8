package org.lrsched.formula;

import java.util.Set;

/**
 * {@code ((y / q) * r + c) * m}: the tutorial's triangle ramps and Flax's, scaled by a cycle magnitude.
 *
 * @param q the ramp's length
 * @param r the ramp's range
 * @param c the rate where it starts
 * @param m the cycle's magnitude
 */
public record DivScale(double q, double r, double c, double m) implements Formula {

    @Override
    public double value(double y) {
        return ((y / q) * r + c) * m;
    }

    @Override
    public Set<Arithmetic> arithmetic() {
        return Set.of();
    }

    @Override
    public double scale() {
        return Formula.larger(value(0), value(q));
    }

    @Override
    public void fill(Out out, int at, int n, long y0, int direction) {
        for (int i = 0; i < n; i++) {
            out.put(at + i, value(y0 + (long) direction * i));
        }
    }
}
