package org.lrsched.simd;

import static org.lrsched.simd.Species.DOUBLES;
import static org.lrsched.simd.Species.LANES;

import jdk.incubator.vector.DoubleVector;
import org.lrsched.formula.Cosine;
import org.lrsched.formula.MxnetCosine;

/**
 * Vector bodies of the cosine formulas, within the contract's bound: long pieces by rotation
 * ({@link RotatedCosines}), the rest by the polynomial of {@link HalfCosines} on the reference's own angle, which
 * must stay in {@code [0, pi]} and be formed exactly as the reference forms it (an exact quotient). Each body
 * returns false, and writes nothing, for a piece it does not take; the scalar loop then does.
 */
final class Cosines {
    private Cosines() {}

    private static boolean takes(long y0, int n, int direction, double length) {
        return direction == 1 && Ramps.exactVariable(y0, n) && y0 >= 0 && y0 + n - 1 <= length
                && Quotients.exact(length, Math.PI, Math.PI * (y0 + n));
    }

    /** {@code (y * pi) / length}, bit-identical to the reference's angle. */
    private static DoubleVector angle(DoubleVector y, double length, double reciprocal) {
        return Quotients.divide(y.mul(Math.PI), length, reciprocal);
    }

    /** {@code ((1 + cos((y * pi) / length)) / 2 * r + c) * m}. */
    static boolean cosine(VectorOut out, int at, int n, long y0, int direction, Cosine f) {
        double length = f.length();
        if (!takes(y0, n, direction, length)) {
            return false;
        }
        double r = f.r();
        double c = f.c();
        double m = f.m();
        int i = RotatedCosines.fill(out, at, n, y0, length, 0.5 * r * m, (0.5 * r + c) * m);
        double reciprocal = 1 / length;
        for (int bound = i + DOUBLES.loopBound(n - i); i < bound; i += LANES) {
            out.put(HalfCosines.unit(angle(Ramps.variable(y0, 1, i), length, reciprocal)).mul(r).add(c).mul(m),
                    at + i);
        }
        out.tail(at, i, n, y0, 1, f);
        return true;
    }

    /** {@code c + (r * (1 + cos((pi * y) / length))) / 2}, that is {@code c + r * unit}. */
    static boolean mxnetCosine(VectorOut out, int at, int n, long y0, int direction, MxnetCosine f) {
        double length = f.length();
        if (!takes(y0, n, direction, length)) {
            return false;
        }
        double r = f.r();
        double c = f.c();
        int i = RotatedCosines.fill(out, at, n, y0, length, 0.5 * r, c + 0.5 * r);
        double reciprocal = 1 / length;
        for (int bound = i + DOUBLES.loopBound(n - i); i < bound; i += LANES) {
            out.put(HalfCosines.unit(angle(Ramps.variable(y0, 1, i), length, reciprocal)).mul(r).add(c), at + i);
        }
        out.tail(at, i, n, y0, 1, f);
        return true;
    }
}
