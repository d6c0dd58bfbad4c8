package org.lrsched.formula;

import java.util.Set;
import org.lrsched.internal.ExactInts;

/**
 * {@code c + h * (1 + cos((pi * P(y - o)) / b))} with {@code P(x) = x ** k}: a half cosine over a k-th power of
 * the position, as timm's {@code CosineLRScheduler} computes its cycles with k-decay ({@code h = 0.5 * (lr_max -
 * lr_min)}, {@code b = t_i ** k}, {@code o} the float offset of a cycle that starts between whole steps).
 *
 * <p>{@code P} as Python computes it: a float {@code k} calls {@code pow} ({@code k == 1.0} is {@code x} itself,
 * which {@code pow(x, 1.0)} returns exactly). With {@code wholePower}, {@code k} is a Python int and {@code y} a
 * whole number ({@code o == 0}): {@code P} is the exact int power, rounded once to a double (infinite where Python
 * raises OverflowError converting it), and the table loop takes the exact long variable.
 *
 * @param b the cycle's length to the k-th power, {@code t_i ** k}
 * @param h half the cosine's height, {@code 0.5 * (lr_max - lr_min)}
 * @param c the value at the end of the cycle, {@code lr_min}
 * @param o the float offset of a cycle that starts between whole steps, subtracted from {@code y}; 0 for a whole
 *     cycle, whose variable is {@code t_curr} itself
 * @param k the power, {@code k_decay}
 * @param wholePower whether {@code k} is a Python int and {@code y} whole: the power is Python's exact int power
 */
public record PowerCosine(double b, double h, double c, double o, double k, boolean wholePower) implements Formula {
    private static final Set<Arithmetic> COS = Set.of(Arithmetic.COS);
    private static final Set<Arithmetic> COS_POW = Set.of(Arithmetic.COS, Arithmetic.POW);

    /**
     * Checks that a whole power comes with a whole variable.
     *
     * @param b the cycle's length to the k-th power, {@code t_i ** k}
     * @param h half the cosine's height, {@code 0.5 * (lr_max - lr_min)}
     * @param c the value at the end of the cycle, {@code lr_min}
     * @param o the float offset of a cycle that starts between whole steps, subtracted from {@code y}; 0 for a whole
     *     cycle, whose variable is {@code t_curr} itself
     * @param k the power, {@code k_decay}
     * @param wholePower whether {@code k} is a Python int and {@code y} whole: the power is Python's exact int power
     * @throws IllegalArgumentException with {@code wholePower}, when {@code o != 0} or {@code k} is not a whole
     *     number {@code >= 0}
     */
    public PowerCosine {
        if (wholePower && (o != 0 || k != Math.rint(k) || k < 0)) {
            throw new IllegalArgumentException("a whole power needs o = 0 and a whole k >= 0, got o=" + o + ", k=" + k);
        }
    }

    @Override
    public double value(double y) {
        return wholePower ? valueAt((long) y) : cosine(k == 1 ? y - o : StrictMath.pow(y - o, k));
    }

    /**
     * The value at the whole {@code y}, exactly (past 2^53 too) when the power is whole.
     *
     * @param y a whole value of the variable ({@code t_curr} in a whole cycle)
     * @return the value at {@code y}
     */
    public double valueAt(long y) {
        return wholePower ? cosine(ExactInts.powerToDouble(y, (long) k)) : value(y);
    }

    private double cosine(double a) {
        return c + h * (1 + StrictMath.cos((Math.PI * a) / b));
    }

    @Override
    public Set<Arithmetic> arithmetic() {
        return k == 1 || wholePower ? COS : COS_POW;
    }

    @Override
    public double scale() {
        return Formula.larger(c + h * 2, c); // P(y - o) / b runs over [0, 1]: the cosine over its half period
    }

    @Override
    public void fill(Out out, int at, int n, long y0, int direction) {
        if (wholePower) {
            for (int i = 0; i < n; i++) {
                out.put(at + i, valueAt(y0 + (long) direction * i));
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            out.put(at + i, value(y0 + (long) direction * i));
        }
    }
}
