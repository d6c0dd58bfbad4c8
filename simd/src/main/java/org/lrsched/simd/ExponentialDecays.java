package org.lrsched.simd;

import static org.lrsched.simd.Species.DOUBLES;
import static org.lrsched.simd.Species.IOTA;
import static org.lrsched.simd.Species.LANES;

import jdk.incubator.vector.DoubleVector;
import org.lrsched.formula.ExponentialDecayPow;

/**
 * The vector body of Optax's continuous exponential decay, {@code m * pow(a, y / q)} clipped
 * ({@link ExponentialDecayPow}), within the contract's bound: one StrictMath pow per block of steps and one per
 * entry of a per-piece table, where the scalar loop calls pow at every step.
 *
 * <p>The reference raises {@code a} to {@code x = fl(y / q)}. With {@code y = yA + j} ({@code yA} the block's
 * first step, {@code j} the lane's offset in the block) and the three quotients {@code x}, {@code xA = fl(yA /
 * q)}, {@code xj = fl(j / q)}, their sum differs from {@code x} by {@code rho = (rA + rj - r) / q}, where each
 * {@code r} is a division's remainder {@code y - fl(y / q) * q}, exact in one fma. So, to the bit of the
 * exponent the reference uses,
 * <pre>  a^x = a^xA * a^xj * (1 + rho * ln a)</pre>
 * ({@code rho} is a few ulps of {@code x}: the next term of {@code a^rho} is below 2^-100 of the value). The
 * anchor {@code m * a^xA} is kept in two doubles, the table holds {@code a^xj}, and a lane costs a division
 * (one multiply, two fmas: {@link Quotients}), its remainder and nine operations more, two of them the clip.
 *
 * <p>Error, relative to the value: three pows (the reference's, the anchor's and the table's) and two final
 * roundings (the reference's product and our sum). StrictMath's pow is within 0.82 ulp of {@code a^x} over 650,000
 * random cases with {@code |x| < 2^31} (at most 1.64 x 2^-53 of the value; past 2^31 it takes another path whose
 * error reaches hundreds of ulps, so the body declines such exponents): at most about 7 x 2^-53 in all, against
 * the contract's 2^-50 = 8 x 2^-53 of the scale, which is at least every value of the piece ({@code |m|} for
 * {@code a <= 1}, the last value for {@code a > 1}); ExponentialDecaysTest measures the margin. The body also
 * declines pieces that run backwards, {@code a <= 0}, a scale so small that its roundings fall among subnormals,
 * and values (or {@code a^x} alone) within reach of overflow.
 */
final class ExponentialDecays {
    /** Most steps per anchor: 2 x 32 KiB of tables, read every step, stay in L2 at worst. */
    private static final int MAX_BLOCK = 4096;
    /** Below this |m| a rounding among subnormals is no longer small against the bound. */
    private static final double SMALLEST_SCALE = 0x1p-1000;
    /** Values and powers stay this far below overflow, so that no intermediate product overflows. */
    private static final double LARGEST = 0x1p1000;
    /** From this exponent on StrictMath's pow is far less accurate (see above). */
    private static final double ACCURATE_POW_EXPONENTS = 0x1p31;

    private ExponentialDecays() {}

    static boolean exponentialDecayPow(VectorOut out, int at, int n, long y0, int direction,
            ExponentialDecayPow f) {
        double q = f.q();
        double a = f.a();
        double m = f.m();
        if (direction != 1 || y0 < 0 || !Ramps.exactVariable(y0, n) || !Quotients.exact(q, 1, y0 + (double) n)
                || !(a > 0) || !(Math.abs(m) >= SMALLEST_SCALE) || !(f.lo() <= f.hi()) || n < 2 * LANES) {
            return false;
        }
        long last = y0 + n - 1;
        if (!(last / q < ACCURATE_POW_EXPONENTS)) {
            return false;
        }
        double powFirst = StrictMath.pow(a, y0 / q);
        double powLast = StrictMath.pow(a, last / q);
        if (!(Math.max(powFirst, powLast) < LARGEST && Math.abs(m) * Math.max(powFirst, powLast) < LARGEST)) {
            return false;
        }
        int block = Math.min(MAX_BLOCK, Math.max(LANES, Integer.highestOneBit((int) Math.sqrt(n))));
        Table table = new Table(block, a, q);
        double reciprocal = 1 / q;
        double lo = f.lo();
        double hi = f.hi();
        DoubleVector divisor = DoubleVector.broadcast(DOUBLES, q);
        DoubleVector lnAOverQ = DoubleVector.broadcast(DOUBLES, StrictMath.log(a) / q);
        double[] anchor = new double[3];
        int i = 0;
        int bound = DOUBLES.loopBound(n);
        while (i < bound) {
            long yA = y0 + i;
            anchor(yA, q, a, m, anchor);
            if (anchor[0] == 0 && a < 1) { // m * a^xA underflowed: so does every later anchor, and every value
                out.fill(at + i, at + bound, Math.min(Math.max(anchor[0], lo), hi));
                i = bound;
                break;
            }
            DoubleVector mHi = DoubleVector.broadcast(DOUBLES, anchor[0]);
            DoubleVector correction = DoubleVector.broadcast(DOUBLES, anchor[1]);
            double rA = anchor[2];
            for (int j = 0, end = Math.min(block, bound - i); j < end; j += LANES) {
                DoubleVector y = IOTA.add((double) (yA + j));
                DoubleVector x = Quotients.divide(y, q, reciprocal);
                DoubleVector r = x.neg().fma(divisor, y); // y - x * q, exactly
                DoubleVector rhoQ = DoubleVector.fromArray(DOUBLES, table.remainders, j).add(rA).sub(r);
                DoubleVector k = rhoQ.fma(lnAOverQ, correction); // rho ln(a) + the anchor's low part
                DoubleVector power = DoubleVector.fromArray(DOUBLES, table.powers, j);
                DoubleVector w = power.mul(mHi);
                DoubleVector wLow = power.fma(mHi, w.neg()); // the rounding of w, exactly
                out.put(w.fma(k, wLow).add(w).max(lo).min(hi), at + i + j);
            }
            i += Math.min(block, bound - i);
        }
        out.tail(at, i, n, y0, 1, f);
        return true;
    }

    /**
     * The block anchored at step {@code yA}: {@code m * a^xA} as {@code hi * (1 + correction)}, and the
     * remainder {@code rA} of {@code xA = yA / q}; into {@code out} as {hi, correction, rA}.
     */
    private static void anchor(long yA, double q, double a, double m, double[] out) {
        double xA = yA / q;
        double power = StrictMath.pow(a, xA);
        double hi = m * power;
        double lo = Math.fma(m, power, -hi); // exact while hi is normal; a subnormal's error is far below the bound
        out[0] = hi;
        out[1] = hi == 0 ? 0 : lo / hi;
        out[2] = Math.fma(-xA, q, yA);
    }

    /** {@code a^xj} and the remainder {@code j - xj * q} of {@code xj = fl(j / q)}, for {@code j < block}. */
    private static final class Table {
        final double[] powers;
        final double[] remainders;

        Table(int block, double a, double q) {
            powers = new double[block];
            remainders = new double[block];
            for (int j = 0; j < block; j++) {
                double xj = j / q;
                powers[j] = StrictMath.pow(a, xj);
                remainders[j] = Math.fma(-xj, q, j);
            }
        }
    }
}
