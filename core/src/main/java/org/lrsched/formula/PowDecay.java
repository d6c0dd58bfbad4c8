package org.lrsched.formula;

import java.util.Set;

/**
 * {@code m * pow(b, y / q)}: Keras' {@code ExponentialDecay}, continuous.
 *
 * @param q steps per factor of {@code b}, {@code decay_steps}
 * @param b the factor, {@code decay_rate}
 * @param m the value at {@code y = 0}, {@code initial_learning_rate}
 */
public record PowDecay(double q, double b, double m) implements Formula {
    private static final Set<Arithmetic> POW = Set.of(Arithmetic.POW);

    @Override
    public double value(double y) {
        return m * StrictMath.pow(b, y / q);
    }

    @Override
    public Set<Arithmetic> arithmetic() {
        return POW;
    }

    /**
     * Monotone in {@code y}: {@code |m|} bounds it for {@code b <= 1}; for {@code b > 1} it grows without bound, and
     * a piece's end values (which the contract and the filler read) bound it over the piece.
     */
    @Override
    public double scale() {
        return Math.abs(m);
    }

    @Override
    public void fill(Out out, int at, int n, long y0, int direction) {
        for (int i = 0; i < n; i++) {
            out.put(at + i, value(y0 + (long) direction * i));
        }
    }
}
