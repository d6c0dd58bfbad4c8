package org.lrsched.simd;

import static org.lrsched.simd.Species.DOUBLES;
import static org.lrsched.simd.Species.LANES;

import jdk.incubator.vector.DoubleVector;

/**
 * The values {@code alpha * cos(y * pi / length) + beta} of a long cosine piece (every cosine formula is one, its
 * scale folded into {@code alpha} and {@code beta}) by rotation: two fmas and two table loads per vector, where
 * {@link HalfCosines} of the reference's exact angle takes about twenty operations. Steps go in blocks of
 * {@link #block}: for a block starting at {@code y}, the anchor {@code cos a, sin a} of {@code a = y * pi /
 * length} comes from StrictMath, {@code a} carried in two doubles; inside the block {@code cos(a + d) = cos a +
 * (cos a * (cos d - 1) - sin a * sin d)}, with {@code cos d - 1} and {@code sin d} for the block's offsets from a
 * table built once per piece by series (every offset {@code d} is at most 1/4).
 *
 * <p>Error, in units of the range {@code |alpha|}: the anchor within an ulp and the roundings of the small terms
 * and the sum, about 3e-16; the reference's own angle, rounded twice, moves its cos by up to
 * {@code 2^-52 * theta * sin(theta)}, 4e-16. Under 2^-50 (8.9e-16) x max|lr| when the range {@code 2 |alpha|} is
 * no larger than the piece's largest value: {@link #of} takes only pieces whose values have one sign, which
 * bounds it so; the others keep the polynomial. RotatedCosinesTest measures the margin.
 */
final class RotatedCosines {
    /** Offsets within a block stay at or below this angle, where the series below converge fast. */
    private static final double MAX_OFFSET_ANGLE = 0.25;
    private static final int MIN_BLOCK = 256;
    /**
     * A subnormal rounds to units of 2^-1074 whatever its size, so the relative error above holds only for ranges
     * far above that; from 2^-1000 on, a subnormal term's rounding is at most 2^-75 of the range.
     */
    private static final double SMALLEST_RANGE = 0x1p-1000;
    /** 2 x 32 KiB of tables: read every step, they must stay in cache. */
    private static final int MAX_BLOCK = 4096;

    /** Steps per anchor, a multiple of the lanes. */
    final int block;
    /** {@code cos(j * pi / length) - 1} and {@code sin(j * pi / length)} for {@code j} in {@code [0, block)}. */
    final double[] cosMinusOne;
    final double[] sin;
    private final double length;

    private RotatedCosines(int block, double length) {
        this.block = block;
        this.length = length;
        this.cosMinusOne = new double[block];
        this.sin = new double[block];
        // pi / length in two doubles, so that the offsets are as close as the tables need
        double hHi = Math.PI / length;
        double hLo = Math.fma(-hHi, length, Math.PI) / length;
        for (int j = 0; j < block; j++) {
            double d = Math.fma(j, hHi, j * hLo);
            double half = sinSeries(d / 2);
            cosMinusOne[j] = -2 * half * half; // cos d - 1 without the cancellation of 1 - cos d
            sin[j] = sinSeries(d);
        }
    }

    /**
     * Writes {@code alpha * cos((y0 + i) * pi / length) + beta} by rotation for the whole blocks that fit in
     * {@code n} steps from {@code out[at]}, and returns how many steps it wrote: 0 when {@link #of} leaves the
     * piece to the polynomial.
     */
    static int fill(VectorOut out, int at, int n, long y0, double length, double alpha, double beta) {
        RotatedCosines rotated = of(n, length, alpha, beta);
        if (rotated == null) {
            return 0;
        }
        double[] anchor = new double[3];
        int i = 0;
        for (; i + rotated.block <= n; i += rotated.block) {
            rotated.anchor(y0 + i, alpha, beta, anchor);
            DoubleVector u = DoubleVector.broadcast(DOUBLES, anchor[0]);
            DoubleVector v = DoubleVector.broadcast(DOUBLES, anchor[1]);
            DoubleVector w = DoubleVector.broadcast(DOUBLES, anchor[2]);
            for (int j = 0; j < rotated.block; j += LANES) {
                out.put(rotated.value(j, u, v, w), at + i + j);
            }
        }
        return i;
    }

    /**
     * The tables for {@code n} steps of a piece with cycle {@code length} and values {@code alpha * cos + beta};
     * null where the polynomial is the better choice: too few steps to pay for a table, a cycle too short for
     * small offsets, values of both signs ({@code |alpha| > |beta|}: a range up to twice the largest value,
     * too wide for this error), or a range so small that its terms round among subnormals.
     */
    static RotatedCosines of(int n, double length, double alpha, double beta) {
        if (Math.abs(alpha) > Math.abs(beta) || Math.abs(alpha) < SMALLEST_RANGE) {
            return null;
        }
        // about 2 sqrt(n) steps per anchor balances the table's cost against the anchors'
        int block = Integer.highestOneBit((int) Math.min(MAX_BLOCK, 2 * Math.sqrt(n)));
        block = (int) Math.min(block, Integer.highestOneBit((int) Math.min(MAX_BLOCK,
                MAX_OFFSET_ANGLE * length / Math.PI)));
        if (block < Math.max(MIN_BLOCK, LANES) || n < 4L * block) {
            return null;
        }
        return new RotatedCosines(block, length);
    }

    /**
     * Anchors a block at {@code y} (whole, below 2^53) for values {@code alpha * cos(theta) + beta}: puts into
     * {@code out} the {@code u, v, w} of {@link #value} from {@code cos a} and {@code sin a}, {@code a = y * pi /
     * length}, which is carried in two doubles.
     */
    void anchor(long y, double alpha, double beta, double[] out) {
        double p = y * Math.PI;
        double pLo = Math.fma(y, Math.PI, -p); // y * pi = p + pLo exactly
        double a = p / length;
        double aLo = (Math.fma(-a, length, p) + pLo) / length;
        double cosHi = StrictMath.cos(a);
        double sinHi = StrictMath.sin(a);
        double cos = cosHi - sinHi * aLo;
        double sin = sinHi + cosHi * aLo;
        out[0] = cos * alpha;
        out[1] = -sin * alpha;
        out[2] = Math.fma(cos, alpha, beta);
    }

    /**
     * {@code alpha * cos(a + d) + beta} for the block's offsets {@code j .. j + LANES - 1}: the anchor's value
     * {@code w} plus {@code (cos d - 1) * u + sin d * v}, two fmas on small terms.
     */
    DoubleVector value(int j, DoubleVector u, DoubleVector v, DoubleVector w) {
        DoubleVector sinD = DoubleVector.fromArray(DOUBLES, sin, j);
        return DoubleVector.fromArray(DOUBLES, cosMinusOne, j).fma(u, sinD.fma(v, w));
    }

    /** {@code sin x} for {@code |x| <= 1/4}: Taylor to {@code x^15}, leaving out less than 1e-25. */
    private static double sinSeries(double x) {
        double z = x * x;
        double p = -1.0 / 1307674368000L;     // -1/15!
        p = p * z + 1.0 / 6227020800L;        // 1/13!
        p = p * z - 1.0 / 39916800;           // -1/11!
        p = p * z + 1.0 / 362880;             // 1/9!
        p = p * z - 1.0 / 5040;               // -1/7!
        p = p * z + 1.0 / 120;                // 1/5!
        p = p * z - 1.0 / 6;                  // -1/3!
        return x + x * z * p;
    }
}
