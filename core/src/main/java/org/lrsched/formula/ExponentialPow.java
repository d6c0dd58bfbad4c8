package org.lrsched.formula;

import java.util.Set;

/**
 * {@code m * pow(g, y)}: PyTorch's {@code ExponentialLR} closed form, {@code lr * gamma ** s} (and {@code StepLR}'s
 * with {@code step_size=1}).
 *
 * @param g the factor per step, a float {@code gamma}
 * @param m the value at {@code y = 0}, {@code lr}
 */
public record ExponentialPow(double g, double m) implements Formula {
    private static final Set<Arithmetic> POW = Set.of(Arithmetic.POW);

    @Override
    public double value(double y) {
        return m * StrictMath.pow(g, y);
    }

    @Override
    public Set<Arithmetic> arithmetic() {
        return POW;
    }

    /**
     * |m|, the value at {@code y = 0}: the largest |value| for {@code |g| <= 1}; for {@code |g| > 1} the magnitude
     * grows with {@code y}, so a piece's largest value is at its last step, which the contract and the filler read.
     */
    @Override
    public double scale() {
        return Math.abs(value(0));
    }

    @Override
    public void fill(Out out, int at, int n, long y0, int direction) {
        for (int i = 0; i < n; i++) {
            out.put(at + i, value(y0 + (long) direction * i));
        }
    }
}
