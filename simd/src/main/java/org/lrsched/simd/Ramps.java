package org.lrsched.simd;

import static org.lrsched.simd.Species.DOUBLES;
import static org.lrsched.simd.Species.IOTA;
import static org.lrsched.simd.Species.LANES;

import jdk.incubator.vector.DoubleVector;
import org.lrsched.formula.DivScale;
import org.lrsched.formula.IntPowPoly;
import org.lrsched.formula.MulDiv;
import org.lrsched.formula.MulDivScaled;
import org.lrsched.formula.OffsetDivScale;

/**
 * Vector bodies of the linear formulas, bit-identical to their scalar values: the reference's IEEE operations in
 * its order (separate multiply and add, never fused), its divisions as exact quotients ({@link Quotients}).
 * Each body returns false, and writes nothing, for a piece it does not take; the scalar loop then does.
 */
final class Ramps {
    /** Below this every whole number is a double, so {@code base + lane} is the exact conversion. */
    private static final long EXACT = 1L << 53;

    private Ramps() {}

    /** True when every variable of the piece is a whole number below 2^53 in magnitude. */
    static boolean exactVariable(long y0, int n) {
        return y0 > -EXACT + n && y0 < EXACT - n;
    }

    /** The piece's variable for lanes {@code i .. i + LANES - 1}. */
    static DoubleVector variable(long y0, int direction, int i) {
        double base = y0 + (long) direction * i;
        return direction > 0 ? IOTA.add(base) : IOTA.neg().add(base);
    }

    /** {@code ((y / q) * r + c) * m}; whole y, so every non-zero |y| is at least 1. */
    static boolean divScale(VectorOut out, int at, int n, long y0, int direction, DivScale f) {
        double q = f.q();
        if (!exactVariable(y0, n) || !Quotients.exact(q, 1, Math.abs((double) y0) + n)) {
            return false;
        }
        double r = f.r();
        double c = f.c();
        double m = f.m();
        double reciprocal = 1 / q;
        int i = 0;
        for (int bound = DOUBLES.loopBound(n); i < bound; i += LANES) {
            out.put(Quotients.divide(variable(y0, direction, i), q, reciprocal).mul(r).add(c).mul(m), at + i);
        }
        out.tail(at, i, n, y0, direction, f);
        return true;
    }

    /**
     * {@code c + r * ipow(1 - y / length, n)} for {@code n >= 0}: JAX's integer_pow as the scalar record runs it,
     * the same multiplications in the same order on every lane (IEEE products, so to the bit).
     */
    static boolean intPowPoly(VectorOut out, int at, int n, long y0, int direction, IntPowPoly f) {
        double length = f.length();
        long power = f.n();
        if (power < 0 || !exactVariable(y0, n) || !Quotients.exact(length, 1, Math.abs((double) y0) + n)) {
            return false;
        }
        double r = f.r();
        double c = f.c();
        double reciprocal = 1 / length;
        int i = 0;
        for (int bound = DOUBLES.loopBound(n); i < bound; i += LANES) {
            DoubleVector x = Quotients.divide(variable(y0, direction, i), length, reciprocal).neg().add(1);
            out.put(ipow(x, power).mul(r).add(c), at + i);
        }
        out.tail(at, i, n, y0, direction, f);
        return true;
    }

    /**
     * {@link IntPowPoly#ipow} on every lane, for {@code n >= 0}: the same products in the same order (the powers
     * {@code x^(2^k)} of the set bits, lowest first), written without a null start so that no vector is boxed.
     */
    private static DoubleVector ipow(DoubleVector x, long n) {
        if (n == 0) {
            return x.broadcast(1.0);
        }
        long bits = n;
        DoubleVector square = x;
        for (; (bits & 1) == 0; bits >>>= 1) {
            square = square.mul(square);
        }
        DoubleVector result = square;
        for (bits >>>= 1; bits != 0; bits >>>= 1) {
            square = square.mul(square);
            if ((bits & 1) != 0) {
                result = result.mul(square);
            }
        }
        return result;
    }

    /** {@code (y * a) / b + c}; the dividends {@code y * a} are 0 or at least |a| in magnitude. */
    static boolean mulDiv(VectorOut out, int at, int n, long y0, int direction, MulDiv f) {
        double a = f.a();
        double b = f.b();
        double largest = Math.abs(a) * (Math.abs((double) y0) + n);
        if (!exactVariable(y0, n) || a == 0 || !Quotients.exact(b, Math.abs(a), largest)) {
            return false;
        }
        double c = f.c();
        double reciprocal = 1 / b;
        int i = 0;
        for (int bound = DOUBLES.loopBound(n); i < bound; i += LANES) {
            out.put(Quotients.divide(variable(y0, direction, i).mul(a), b, reciprocal).add(c), at + i);
        }
        out.tail(at, i, n, y0, direction, f);
        return true;
    }

    /** {@code ((y * a) / b + c) * m}: {@link #mulDiv}'s body, then the scale. */
    static boolean mulDivScaled(VectorOut out, int at, int n, long y0, int direction, MulDivScaled f) {
        double a = f.a();
        double b = f.b();
        double largest = Math.abs(a) * (Math.abs((double) y0) + n);
        if (!exactVariable(y0, n) || a == 0 || !Quotients.exact(b, Math.abs(a), largest)) {
            return false;
        }
        double c = f.c();
        double m = f.m();
        double reciprocal = 1 / b;
        int i = 0;
        for (int bound = DOUBLES.loopBound(n); i < bound; i += LANES) {
            out.put(Quotients.divide(variable(y0, direction, i).mul(a), b, reciprocal).add(c).mul(m), at + i);
        }
        out.tail(at, i, n, y0, direction, f);
        return true;
    }

    /**
     * {@code ((y - o) / q) * r + c} for a whole offset {@code o} below 2^53 (a phase that starts on a step): the
     * dividends {@code y - o} are then exact whole numbers, 0 or at least 1 in magnitude.
     */
    static boolean offsetDivScale(VectorOut out, int at, int n, long y0, int direction, OffsetDivScale f) {
        double o = f.o();
        double q = f.q();
        boolean wholeOffset = o == Math.rint(o) && Math.abs(o) < EXACT;
        if (!exactVariable(y0, n) || !wholeOffset
                || !Quotients.exact(q, 1, Math.abs((double) y0) + n + Math.abs(o))) {
            return false;
        }
        double r = f.r();
        double c = f.c();
        double reciprocal = 1 / q;
        int i = 0;
        for (int bound = DOUBLES.loopBound(n); i < bound; i += LANES) {
            out.put(Quotients.divide(variable(y0, direction, i).sub(o), q, reciprocal).mul(r).add(c), at + i);
        }
        out.tail(at, i, n, y0, direction, f);
        return true;
    }
}
