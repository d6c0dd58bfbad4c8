package org.lrsched.formula;

import java.util.Set;

/**
 * {@code m / (1.0 + a * (y / q))}: Keras' {@code InverseTimeDecay}. A denominator of exactly 0.0 gives an
 * infinity (Keras returns it), which {@code at} and the tables refuse.
 *
 * @param q steps per unit of the denominator's growth, {@code decay_steps}
 * @param a the denominator's growth per {@code q} steps, {@code decay_rate}
 * @param m the value at {@code y = 0}, {@code initial_learning_rate}
 */
public record ReciprocalLinear(double q, double a, double m) implements Formula {

    @Override
    public double value(double y) {
        return m / (1.0 + a * (y / q));
    }

    @Override
    public Set<Arithmetic> arithmetic() {
        return Set.of();
    }

    /** The value at 0 for {@code a >= 0}; unbounded where the denominator passes 0. */
    @Override
    public double scale() {
        return a >= 0 ? Math.abs(m) : Double.POSITIVE_INFINITY;
    }

    @Override
    public void fill(Out out, int at, int n, long y0, int direction) {
        for (int i = 0; i < n; i++) {
            out.put(at + i, value(y0 + (long) direction * i));
        }
    }
}
