package org.lrsched.formula;

import java.util.Set;

/**
 * {@code m * pow(a, y / q)}, then raised to {@code lo} where it is below and lowered to {@code hi} where it is
 * above ({@code -inf} and {@code +inf} when there is no bound): Optax's continuous exponential decay with its
 * optional {@code end_value} clip.
 *
 * @param q steps per factor of {@code a}, {@code transition_steps}
 * @param a the factor, {@code decay_rate}
 * @param m the value at {@code y = 0} before the clip, {@code init_value}
 * @param lo the lower bound, {@code -inf} for none
 * @param hi the upper bound, {@code +inf} for none
 */
public record ExponentialDecayPow(double q, double a, double m, double lo, double hi) implements Formula {
    private static final Set<Arithmetic> POW = Set.of(Arithmetic.POW);

    @Override
    public double value(double y) {
        double v = m * StrictMath.pow(a, y / q);
        if (v < lo) {
            return lo;
        }
        if (v > hi) {
            return hi;
        }
        return v;
    }

    @Override
    public Set<Arithmetic> arithmetic() {
        return POW;
    }

    /**
     * For {@code |a| <= 1} no value exceeds {@code |m|} or a finite bound. For {@code a > 1} the values grow
     * monotonically, so a piece's ends bound it. For {@code a < -1} they alternate in sign with a growing
     * magnitude that a one-sided clip cannot bound: no finite scale holds (every step is then checked).
     */
    @Override
    public double scale() {
        if (a < -1) {
            return Double.POSITIVE_INFINITY;
        }
        double s = Math.abs(m);
        if (Double.isFinite(lo)) {
            s = Math.max(s, Math.abs(lo));
        }
        if (Double.isFinite(hi)) {
            s = Math.max(s, Math.abs(hi));
        }
        return s;
    }

    @Override
    public void fill(Out out, int at, int n, long y0, int direction) {
        for (int i = 0; i < n; i++) {
            out.put(at + i, value(y0 + (long) direction * i));
        }
    }
}
