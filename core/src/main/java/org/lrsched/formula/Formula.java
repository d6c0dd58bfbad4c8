package org.lrsched.formula;

import java.util.Set;

/**
 * A primitive formula of a plan: the value of one piece's steps as a function of the piece's variable
 * {@code y = y0 + direction * i} (a whole number, converted to double as Python converts an int), written in the
 * reference's order of IEEE operations. A record: its parameters are its components, and two equal formulas
 * give equal values, which lets a fill copy a piece it has already computed.
 *
 * <p>A new primitive is one record here (and its name in {@code permits}), optionally a vector body in the simd
 * module, and the schedule that emits it.
 */
public sealed interface Formula permits DivScale, MulDiv, Cosine, MxnetCosine, Poly,
        IntPowPoly, CosineIntPow, CosineRealPow, CosineInterpolation, ExponentialDecayPow,
        MulDivScaled, ExponentialPow, OffsetDivScale, OffsetHalfCosine, CyclicTriangle, ChainedFactors,
        AffineCosine, ClampedRamp, QuotientPoly, InvSqrtQuotient, ReciprocalLinear, PowDecay,
        PowerCosine, PowerPoly, TanhRamp {

    /**
     * The value at {@code y}, in the reference's order of operations.
     *
     * @param y the piece's variable
     * @return the value
     */
    double value(double y);

    /**
     * The transcendental functions {@link #value} calls.
     *
     * @return the functions; empty when it is IEEE arithmetic alone
     */
    Set<Arithmetic> arithmetic();

    /**
     * The largest |value| over the formula's own domain (the whole ramp or half cycle it describes, not only the
     * steps of one piece): what a kernel's error is measured against.
     *
     * @return the largest magnitude, or an infinity where it overflows
     */
    double scale();

    /**
     * The scalar loop: {@code value(y0 + direction * i)} into {@code out[at + i]} for {@code i < n}. Each record
     * has its own, so that the loop calls one known {@link #value} and compiles to a tight loop.
     *
     * @param out the table
     * @param at the index of the first value
     * @param n how many values
     * @param y0 the variable of the first value
     * @param direction 1 or -1: how the variable moves from one value to the next
     */
    void fill(Out out, int at, int n, long y0, int direction);

    /**
     * The larger magnitude of two values.
     *
     * @param a a value
     * @param b another
     * @return {@code max(|a|, |b|)}
     */
    static double larger(double a, double b) {
        return Math.max(Math.abs(a), Math.abs(b));
    }
}
