package org.lrsched.formula;

import java.math.BigInteger;
import java.util.Set;
import org.lrsched.internal.ExactInts;

/**
 * {@code c + h * (1 - tanh(lb * (1.0 - q) + ub * q))} with {@code q = (y - o) / length}: a hyperbolic-tangent
 * decay from {@code lb} to {@code ub}, as timm's {@code TanhLRScheduler} computes its cycles ({@code h = 0.5 *
 * (lr_max - lr_min)}, {@code length = t_i}, {@code o} the float offset of a cycle that starts between whole steps).
 *
 * <p>With {@code wholeLength}, {@code y} is a whole number ({@code o == 0}) and {@code wholeLength} the exact int
 * {@code t_i}: {@code q} is Python's {@code int / int}, the exact ratio rounded once (a double division rounds
 * twice once an operand passes 2^53), and the table loop takes the exact long variable.
 *
 * @param length the cycle's length, {@code t_i}
 * @param lb the tanh argument at the start of the cycle, {@code lb}
 * @param ub the tanh argument at the end of the cycle, {@code ub}
 * @param h half the height, {@code 0.5 * (lr_max - lr_min)}
 * @param c the floor, {@code lr_min}
 * @param o the float offset of a cycle that starts between whole steps, subtracted from {@code y}; 0 for a whole
 *     cycle, whose variable is {@code t_curr} itself
 * @param wholeLength the exact int {@code t_i} when the cycle is whole, else null
 */
public record TanhRamp(double length, double lb, double ub, double h, double c, double o, BigInteger wholeLength)
        implements Formula {
    private static final Set<Arithmetic> TANH = Set.of(Arithmetic.TANH);

    /**
     * Checks that a whole quotient comes with a whole variable.
     *
     * @param length the cycle's length, {@code t_i}
     * @param lb the tanh argument at the start of the cycle, {@code lb}
     * @param ub the tanh argument at the end of the cycle, {@code ub}
     * @param h half the height, {@code 0.5 * (lr_max - lr_min)}
     * @param c the floor, {@code lr_min}
     * @param o the float offset of a cycle that starts between whole steps, subtracted from {@code y}; 0 for a whole
     *     cycle, whose variable is {@code t_curr} itself
     * @param wholeLength the exact int {@code t_i} when the cycle is whole, else null
     * @throws IllegalArgumentException with {@code wholeLength}, when {@code o != 0} or {@code wholeLength <= 0}
     */
    public TanhRamp {
        if (wholeLength != null && (o != 0 || wholeLength.signum() <= 0)) {
            throw new IllegalArgumentException("a whole quotient needs o = 0 and a length > 0, got o=" + o
                    + ", length=" + wholeLength);
        }
    }

    @Override
    public double value(double y) {
        return wholeLength != null ? valueAt((long) y) : tanh((y - o) / length);
    }

    /**
     * The value at the whole {@code y}, exactly (past 2^53 too) when the quotient is whole.
     *
     * @param y a whole value of the variable ({@code t_curr} in a whole cycle)
     * @return the value at {@code y}
     */
    public double valueAt(long y) {
        return wholeLength != null ? tanh(ExactInts.trueDivide(y, wholeLength)) : value(y);
    }

    private double tanh(double q) {
        return c + h * (1 - StrictMath.tanh(lb * (1.0 - q) + ub * q));
    }

    @Override
    public Set<Arithmetic> arithmetic() {
        return TANH;
    }

    @Override
    public double scale() {
        return Formula.larger(tanh(0), tanh(1)); // monotone in q, which runs over [0, 1]
    }

    @Override
    public void fill(Out out, int at, int n, long y0, int direction) {
        if (wholeLength != null) {
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
