package org.lrsched.simd;

import static org.lrsched.simd.Species.DOUBLES;
import static org.lrsched.simd.Species.LANES;

import jdk.incubator.vector.DoubleVector;
import org.lrsched.formula.AffineCosine;
import org.lrsched.formula.OffsetHalfCosine;

/**
 * Vector bodies of the peers' cosines whose angle is formed by a few IEEE operations of their own (PyTorch's
 * OneCycleLR phases, transformers' and Keras' cosines): the angle exactly as the reference forms it (differences,
 * exact quotients, products, in its order), then {@code cos} by {@link HalfCosines}' polynomial, which needs the
 * angle in {@code [0, pi]}: within the contract's bound. Each body returns false, and writes nothing, for a piece it
 * does not take (an angle outside {@code [0, pi]}, variables past 2^53, divisors near the ends of the double
 * range); the scalar loop then does.
 */
final class PeerCosines {
    private PeerCosines() {}

    /** {@code c + h * (cos(pi * ((y - o) / q)) + 1)}: PyTorch's OneCycleLR cos phases. */
    static boolean offsetHalfCosine(VectorOut out, int at, int n, long y0, int direction, OffsetHalfCosine f) {
        double o = f.o();
        double q = f.q();
        long last = y0 + (long) direction * (n - 1);
        if (!Ramps.exactVariable(y0, n) || !(Math.abs(o) < 0x1p52) || !inHalfTurn(Math.PI * ((y0 - o) / q))
                || !inHalfTurn(Math.PI * ((last - o) / q))
                || !Quotients.exact(q, nearestWhole(o), Math.abs((double) y0) + n + Math.abs(o))) {
            return false;
        }
        double h = f.h();
        double c = f.c();
        double reciprocal = 1 / q;
        int i = 0;
        for (int bound = DOUBLES.loopBound(n); i < bound; i += LANES) {
            DoubleVector t = Quotients.divide(Ramps.variable(y0, direction, i).sub(o), q, reciprocal).mul(Math.PI);
            DoubleVector cosPlusOne = HalfCosines.unit(t).mul(2);
            out.put(cosPlusOne.mul(h).add(c), at + i);
        }
        out.tail(at, i, n, y0, direction, f);
        return true;
    }

    /**
     * {@code m * x} with {@code x = a * (h * (1 + sigma * cos(k * (n * ((y + d) / q) - j)))) + c}, clamped to 0 when
     * {@code clamp} and not above 0: transformers' and Keras' cosines. A whole {@code d} only, so every non-zero
     * dividend is at least 1.
     */
    static boolean affineCosine(VectorOut out, int at, int n, long y0, int direction, AffineCosine f) {
        double d = f.d();
        double q = f.q();
        long last = y0 + (long) direction * (n - 1);
        if (!Ramps.exactVariable(y0, n) || d != Math.rint(d) || !(Math.abs(d) < 0x1p52)
                || !inHalfTurn(angle(f, y0)) || !inHalfTurn(angle(f, last))
                || !Quotients.exact(q, 1, Math.abs((double) y0) + n + Math.abs(d))) {
            return false;
        }
        double nn = f.n();
        double j = f.j();
        double k = f.k();
        // 1 + sigma * cos = (1 - sigma) + 2 * sigma * u with u = (1 + cos) / 2: x = slope * u + lift, rounded a few
        // times more than the reference's order, far inside the bound
        double ah = f.a() * f.h();
        double slope = 2 * ah * f.sigma();
        double lift = ah * (1 - f.sigma()) + f.c();
        double m = f.m();
        double floor = f.clamp() ? 0.0 : Double.NEGATIVE_INFINITY;
        double reciprocal = 1 / q;
        int i = 0;
        for (int bound = DOUBLES.loopBound(n); i < bound; i += LANES) {
            DoubleVector p = Quotients.divide(Ramps.variable(y0, direction, i).add(d), q, reciprocal);
            DoubleVector u = HalfCosines.unit(p.mul(nn).sub(j).mul(k));
            out.put(u.fma(slope, lift).max(floor).mul(m), at + i);
        }
        out.tail(at, i, n, y0, direction, f);
        return true;
    }

    /** The reference's angle at {@code y}, in its order of operations. */
    private static double angle(AffineCosine f, long y) {
        return f.k() * (f.n() * ((y + f.d()) / f.q()) - f.j());
    }

    private static boolean inHalfTurn(double angle) {
        return angle >= 0 && angle <= Math.PI;
    }

    /** The smallest |y - o| over whole y other than o itself: 1 for a whole o. */
    private static double nearestWhole(double o) {
        double below = o - Math.floor(o);
        return below == 0 ? 1 : Math.min(below, Math.ceil(o) - o);
    }
}
