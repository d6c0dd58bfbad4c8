package org.lrsched.formula;

import java.math.BigInteger;
import java.util.Set;
import org.lrsched.internal.ExactInts;

/**
 * {@code c + r * pow(1 - P(y - o) / b, power)} with {@code P(x) = x ** k}: a polynomial decay over a k-th power
 * of the position, as timm's {@code PolyLRScheduler} computes its cycles with k-decay ({@code r = lr_max -
 * lr_min}, {@code b = t_i ** k}, {@code o} the float offset of a cycle that starts between whole steps).
 *
 * <p>{@code P} as Python computes it: a float {@code k} calls {@code pow} ({@code k == 1.0}: {@code x} itself).
 * With {@code wholeB}, {@code k} is a Python int, {@code y} a whole number ({@code o == 0}) and {@code wholeB}
 * the exact int {@code t_i ** k}: the quotient is Python's {@code int / int}, the exact ratio rounded once, and
 * the table loop takes the exact long variable. {@code b} is then {@code wholeB} as a double, for reading only.
 *
 * @param b the cycle's length to the k-th power, {@code t_i ** k}
 * @param power the power of the remaining fraction, {@code power}
 * @param r the range, {@code lr_max - lr_min}
 * @param c the value at the end of the cycle, {@code lr_min}
 * @param o the float offset of a cycle that starts between whole steps, subtracted from {@code y}; 0 for a whole
 *     cycle, whose variable is {@code t_curr} itself
 * @param k the power, {@code k_decay}
 * @param wholeB the exact int {@code t_i ** k} when {@code k} is a Python int and the cycle whole, else null
 */
public record PowerPoly(double b, double power, double r, double c, double o, double k, BigInteger wholeB)
        implements Formula {
    private static final Set<Arithmetic> POW = Set.of(Arithmetic.POW);

    /**
     * Checks that a whole quotient comes with a whole variable and a whole power.
     *
     * @param b the cycle's length to the k-th power, {@code t_i ** k}
     * @param power the power of the remaining fraction, {@code power}
     * @param r the range, {@code lr_max - lr_min}
     * @param c the value at the end of the cycle, {@code lr_min}
     * @param o the float offset of a cycle that starts between whole steps, subtracted from {@code y}; 0 for a whole
     *     cycle, whose variable is {@code t_curr} itself
     * @param k the power, {@code k_decay}
     * @param wholeB the exact int {@code t_i ** k} when {@code k} is a Python int and the cycle whole, else null
     * @throws IllegalArgumentException with {@code wholeB}, when {@code o != 0}, {@code k} is not a whole number in
     *     [0, 2^16] or {@code wholeB <= 0}
     */
    public PowerPoly {
        if (wholeB != null && (o != 0 || k != Math.rint(k) || k < 0 || k > 1 << 16 || wholeB.signum() <= 0)) {
            throw new IllegalArgumentException("a whole quotient needs o = 0, a whole k >= 0 and t_i ** k > 0, got o="
                    + o + ", k=" + k + ", t_i ** k=" + wholeB);
        }
    }

    @Override
    public double value(double y) {
        if (wholeB != null) {
            return valueAt((long) y);
        }
        double x = y - o;
        return poly((k == 1 ? x : StrictMath.pow(x, k)) / b);
    }

    /**
     * The value at the whole {@code y}, exactly (past 2^53 too) when the quotient is whole.
     *
     * @param y a whole value of the variable ({@code t_curr} in a whole cycle)
     * @return the value at {@code y}
     */
    public double valueAt(long y) {
        if (wholeB == null) {
            return value(y);
        }
        long kk = (long) k;
        if (kk == 1) {
            return poly(ExactInts.trueDivide(y, wholeB));
        }
        double small = ExactInts.powerToDouble(y, kk);
        if (Math.abs(small) < 0x1p53) { // the power is that double exactly
            return poly(ExactInts.trueDivide((long) small, wholeB));
        }
        return poly(ExactInts.trueDivide(ExactInts.power(BigInteger.valueOf(Math.abs(y)), kk)
                .multiply(BigInteger.valueOf(y < 0 && (kk & 1) == 1 ? -1 : 1)), wholeB));
    }

    private double poly(double q) {
        return c + r * StrictMath.pow(1 - q, power);
    }

    @Override
    public Set<Arithmetic> arithmetic() {
        return POW;
    }

    @Override
    public double scale() {
        return Formula.larger(c + r, c); // the quotient runs over [0, 1]
    }

    @Override
    public void fill(Out out, int at, int n, long y0, int direction) {
        if (wholeB != null) {
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
