package org.lrsched.simd;

import static org.lrsched.simd.Species.DOUBLES;
import static org.lrsched.simd.Species.LANES;

import jdk.incubator.vector.DoubleVector;
import org.lrsched.formula.ClampedRamp;
import org.lrsched.formula.InvSqrtQuotient;

/**
 * Vector bodies of the peers' square-root formulas, bit-identical to their scalar values: a vector square root and
 * division are correctly rounded, as Java's and Python's are, and the quotient by the piece's divisor is exact
 * ({@link Quotients}). Each body returns false, and writes nothing, for a piece it does not take; the scalar loop
 * then does.
 */
final class Roots {
    /** Below this Python's int / int of two whole numbers is the double division of their conversions. */
    private static final long EXACT = 1L << 53;

    private Roots() {}

    /** {@code m * max(0, g(y / q) * a + c)}, {@code g} one of {@code p}, {@code 1 - p}, {@code 1 - sqrt(1 - p)}, {@code 1 - sqrt(p)}. */
    static boolean clampedRamp(VectorOut out, int at, int n, long y0, int direction, ClampedRamp f) {
        double q = f.q();
        if (!Ramps.exactVariable(y0, n) || !Quotients.exact(q, 1, Math.abs((double) y0) + n)) {
            return false;
        }
        double a = f.a();
        double c = f.c();
        double m = f.m();
        ClampedRamp.Shape shape = f.shape();
        double reciprocal = 1 / q;
        int i = 0;
        for (int bound = DOUBLES.loopBound(n); i < bound; i += LANES) {
            DoubleVector p = Quotients.divide(Ramps.variable(y0, direction, i), q, reciprocal);
            DoubleVector g = switch (shape) {
                case UP -> p;
                case DOWN -> p.neg().add(1.0);
                case SQRT_UP -> p.neg().add(1.0).sqrt().neg().add(1.0);
                case SQRT_DOWN -> p.sqrt().neg().add(1.0);
            };
            out.put(g.mul(a).add(c).max(0.0).mul(m), at + i);
        }
        out.tail(at, i, n, y0, direction, f);
        return true;
    }

    /** {@code m * (1 / sqrt((y + c0) / q))}, where the quotient of whole numbers below 2^53 is a double division. */
    static boolean invSqrtQuotient(VectorOut out, int at, int n, long y0, int direction, InvSqrtQuotient f) {
        long c0 = f.c0();
        long q = f.q();
        long first = y0 + c0;
        long last = y0 + (long) direction * (n - 1) + c0;
        if (!Ramps.exactVariable(y0, n) || Math.min(first, last) < 0 || Math.max(first, last) > EXACT || q <= 0
                || q > EXACT || !Quotients.exact(q, 1, Math.max(first, last))) {
            return false;
        }
        double m = f.m();
        double divisor = q;
        double reciprocal = 1 / divisor;
        int i = 0;
        for (int bound = DOUBLES.loopBound(n); i < bound; i += LANES) {
            DoubleVector p = Quotients.divide(Ramps.variable(first, direction, i), divisor, reciprocal);
            out.put(DoubleVector.broadcast(DOUBLES, 1.0).div(p.sqrt()).mul(m), at + i);
        }
        out.tail(at, i, n, y0, direction, f);
        return true;
    }
}
