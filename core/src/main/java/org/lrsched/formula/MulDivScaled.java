package org.lrsched.formula;

import java.util.Set;

/**
 * {@code ((y * a) / b + c) * m}: a linear ramp of factors scaled by a rate, PyTorch's {@code LinearLR}
 * ({@code lr * (start + (end - start) * s / total_iters)}, with {@code a = end - start}, {@code b = total_iters},
 * {@code c = start}, {@code m = lr}; the commutations are exact).
 *
 * @param a the move of the factor, {@code end_factor - start_factor}
 * @param b the ramp's length, {@code total_iters}
 * @param c the factor at {@code y = 0}, {@code start_factor}
 * @param m the rate the factor scales, {@code lr}
 */
public record MulDivScaled(double a, double b, double c, double m) implements Formula {

    @Override
    public double value(double y) {
        return ((y * a) / b + c) * m;
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
