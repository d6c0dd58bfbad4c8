package org.lrsched.formula;

import java.util.Set;

/**
 * {@code (y * a) / b + c}: linear warm-ups and cool-downs.
 *
 * @param a the ramp's range
 * @param b the ramp's length
 * @param c the rate where it starts
 */
public record MulDiv(double a, double b, double c) implements Formula {

    @Override
    public double value(double y) {
        return (y * a) / b + c;
    }

    @Override
    public Set<Arithmetic> arithmetic() {
        return Set.of();
    }

    @Override
    public double scale() {
        return Formula.larger(value(0), value(b));
    }

    @Override
    public void fill(Out out, int at, int n, long y0, int direction) {
        for (int i = 0; i < n; i++) {
            out.put(at + i, value(y0 + (long) direction * i));
        }
    }
}
