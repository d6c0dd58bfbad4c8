package org.lrsched.simd;

import static org.lrsched.simd.Species.DOUBLES;
import static org.lrsched.simd.Species.LANES;

import org.lrsched.formula.AffineCosine;
import org.lrsched.formula.ClampedRamp;
import org.lrsched.formula.Cosine;
import org.lrsched.formula.DivScale;
import org.lrsched.formula.ExponentialDecayPow;
import org.lrsched.formula.Formula;
import org.lrsched.formula.IntPowPoly;
import org.lrsched.formula.InvSqrtQuotient;
import org.lrsched.formula.MulDiv;
import org.lrsched.formula.MulDivScaled;
import org.lrsched.formula.MxnetCosine;
import org.lrsched.formula.OffsetDivScale;
import org.lrsched.formula.OffsetHalfCosine;
import org.lrsched.formula.Out;
import org.lrsched.table.Kernel;

/**
 * The Vector API kernel: a vector body for each formula it accelerates ({@link Ramps}: bit-identical, DivScale,
 * MulDiv, Optax's integer powers and PyTorch's linear ramps MulDivScaled and OffsetDivScale; {@link Roots}:
 * bit-identical, the peers' square roots; {@link Cosines}, {@link PeerCosines} and Optax's exponential decay,
 * {@link ExponentialDecays}: within the contract's bound), the formula's own scalar loop for every other formula
 * and for pieces a body does not take (variables past 2^53, divisors near the ends of the double range). Lanes hold
 * consecutive steps; a body runs up to {@code loopBound}, then a scalar tail.
 */
public final class VectorKernel implements Kernel {
    /** The kernel; core's provider reads this field by name. */
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

    /**
     * The vector size in use.
     *
     * @return bits per vector: 128, 256 or 512
     */
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
        if (formula instanceof MulDivScaled f) {
            return Ramps.mulDivScaled(out, at, n, y0, direction, f);
        }
        if (formula instanceof OffsetDivScale f) {
            return Ramps.offsetDivScale(out, at, n, y0, direction, f);
        }
        if (formula instanceof OffsetHalfCosine f) {
            return PeerCosines.offsetHalfCosine(out, at, n, y0, direction, f);
        }
        if (formula instanceof AffineCosine f) {
            return PeerCosines.affineCosine(out, at, n, y0, direction, f);
        }
        if (formula instanceof ClampedRamp f) {
            return Roots.clampedRamp(out, at, n, y0, direction, f);
        }
        if (formula instanceof InvSqrtQuotient f) {
            return Roots.invSqrtQuotient(out, at, n, y0, direction, f);
        }
        if (formula instanceof ExponentialDecayPow f) {
            return ExponentialDecays.exponentialDecayPow(out, at, n, y0, direction, f);
        }
        return false;
    }
}
