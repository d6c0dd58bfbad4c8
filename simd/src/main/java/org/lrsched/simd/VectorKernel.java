package org.lrsched.simd;

import static org.lrsched.simd.Species.DOUBLES;
import static org.lrsched.simd.Species.LANES;

import org.lrsched.formula.Cosine;
import org.lrsched.formula.DivScale;
import org.lrsched.formula.ExponentialDecayPow;
import org.lrsched.formula.Formula;
import org.lrsched.formula.IntPowPoly;
import org.lrsched.formula.MulDiv;
import org.lrsched.formula.MxnetCosine;
import org.lrsched.formula.Out;
import org.lrsched.table.Kernel;

/**
 * The Vector API kernel: a vector body for each formula it accelerates ({@link Ramps}: bit-identical, Optax's
 * integer powers too; {@link Cosines} and Optax's exponential decay, {@link ExponentialDecays}: within the
 * contract's bound), the formula's own scalar loop for every other formula and for pieces a body does not take
 * (variables past 2^53, divisors near the ends of the double range).
 * Lanes hold consecutive steps; a body runs up to {@code loopBound}, then a scalar tail.
 */
public final class VectorKernel implements Kernel {
    public static final VectorKernel INSTANCE = new VectorKernel();

    private VectorKernel() {}

    @Override
    public String name() {
        return "vector";
    }

    @Override
    public String toString() {
        return "vector (" + DOUBLES.vectorBitSize() + "-bit, " + LANES + " doubles per vector)";
    }

    /** Vector bit size in use. */
    public static int bits() {
        return DOUBLES.vectorBitSize();
    }

    @Override
    public void fill(Out out, int at, int n, long y0, int direction, Formula formula) {
        if (!vectorized(VectorOut.of(out), at, n, y0, direction, formula)) {
            formula.fill(out, at, n, y0, direction);
        }
    }

    private static boolean vectorized(VectorOut out, int at, int n, long y0, int direction, Formula formula) {
        if (formula instanceof DivScale f) {
            return Ramps.divScale(out, at, n, y0, direction, f);
        }
        if (formula instanceof MulDiv f) {
            return Ramps.mulDiv(out, at, n, y0, direction, f);
        }
        if (formula instanceof IntPowPoly f) {
            return Ramps.intPowPoly(out, at, n, y0, direction, f);
        }
        if (formula instanceof Cosine f) {
            return Cosines.cosine(out, at, n, y0, direction, f);
        }
        if (formula instanceof MxnetCosine f) {
            return Cosines.mxnetCosine(out, at, n, y0, direction, f);
        }
        if (formula instanceof ExponentialDecayPow f) {
            return ExponentialDecays.exponentialDecayPow(out, at, n, y0, direction, f);
        }
        return false;
    }
}
