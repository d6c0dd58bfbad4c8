package org.lrsched.simd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lrsched.formula.AffineCosine;
import org.lrsched.formula.ClampedRamp;
import org.lrsched.formula.Formula;
import org.lrsched.formula.InvSqrtQuotient;
import org.lrsched.formula.OffsetHalfCosine;
import org.lrsched.formula.Out;

/**
 * The vector bodies of the peers' square roots (bit for bit) and cosines (within 2^-50 of the formula's scale)
 * against the records' scalar values, on random pieces of their ramps and cycles, in double and float tables.
 */
class PeerBodiesTest {
    private static final double BOUND = 0x1p-50;

    /** A body under test: writes the piece or declines it. */
    private interface Body {
        boolean fill(VectorOut out, int at, int n, long y0, int direction);
    }

    @Test
    void squareRootsAreBitIdentical() {
        SplittableRandom random = new SplittableRandom(31);
        int taken = 0;
        for (int trial = 0; trial < 20_000; trial++) {
            long q = random.nextLong(1, 1L << (random.nextBoolean() ? 12 : 40));
            ClampedRamp ramp = new ClampedRamp(ClampedRamp.Shape.values()[random.nextInt(4)], q,
                    random.nextDouble(-2, 2), random.nextDouble(-1, 1), random.nextDouble(0, 1e-2));
            long y0 = random.nextLong(0, q + 1);
            int n = (int) Math.min(q + 1 - y0, random.nextInt(0, 5 * Species.LANES));
            taken += check(ramp, (out, at, len, y, dir) -> Roots.clampedRamp(out, at, len, y, dir, ramp), y0, n, 0)
                    ? 1 : 0;
            InvSqrtQuotient inv = new InvSqrtQuotient(q, random.nextLong(1, 1L << 20), random.nextDouble(0, 1));
            long start = random.nextLong(0, 1L << 40);
            taken += check(inv, (out, at, len, y, dir) -> Roots.invSqrtQuotient(out, at, len, y, dir, inv), start, n,
                    0) ? 1 : 0;
        }
        assertThat(taken).as("pieces the bodies took").isGreaterThan(38_000);
    }

    @Test
    void cosinesAreWithinTheBound() {
        SplittableRandom random = new SplittableRandom(32);
        int taken = 0;
        for (int trial = 0; trial < 20_000; trial++) {
            double q = random.nextBoolean() ? random.nextLong(1, 1L << 30) : random.nextDouble(1, 1e6);
            double o = random.nextBoolean() ? random.nextLong(0, 1000) : random.nextDouble(0, 1000);
            OffsetHalfCosine half = new OffsetHalfCosine(o, q, random.nextDouble(-1, 1) * 1e-2, random.nextDouble(0, 1e-2));
            long y0 = (long) Math.ceil(o) + random.nextLong(0, Math.max(1, (long) q / 2));
            int n = random.nextInt(0, 5 * Species.LANES);
            if (y0 + n - 1 <= o + q) {
                taken += check(half, (out, at, len, y, dir) -> PeerCosines.offsetHalfCosine(out, at, len, y, dir,
                        half), y0, n, BOUND * half.scale()) ? 1 : 0;
            }
            long d = random.nextLong(1, 1L << 30);
            double rate = random.nextDouble(0, 1);
            AffineCosine cosine = new AffineCosine(d, 0.0, 1.0, 0.0, Math.PI, random.nextBoolean() ? 1.0 : -1.0, 0.5,
                    1 - rate, rate, random.nextDouble(0, 1e-2), random.nextBoolean());
            long y = random.nextLong(0, d + 1);
            int len = (int) Math.min(d + 1 - y, n);
            taken += check(cosine, (out, at, k, s, dir) -> PeerCosines.affineCosine(out, at, k, s, dir, cosine), y,
                    len, BOUND * cosine.scale()) ? 1 : 0;
        }
        assertThat(taken).as("pieces the bodies took").isGreaterThan(25_000);
    }

    @Test
    void anglesOutsideAHalfTurnAreLeftToTheScalarLoop() {
        double[] out = new double[8];
        OffsetHalfCosine half = new OffsetHalfCosine(0, 10, 1, 0);
        assertThat(PeerCosines.offsetHalfCosine(VectorOut.of(Out.of(out)), 0, 8, 8, 1, half)).isFalse();
        AffineCosine cycles = new AffineCosine(10, 0.0, 2.0, 0.0, Math.PI, 1.0, 0.5, 1, 0, 1, false);
        assertThat(PeerCosines.affineCosine(VectorOut.of(Out.of(out)), 0, 8, 4, 1, cycles)).isFalse();
        assertThat(out).containsOnly(0.0);
    }

    /** Checks the piece where the body takes it; returns whether it did (else the scalar loop fills it). */
    private static boolean check(Formula f, Body body, long y0, int n, double bound) {
        double[] doubles = new double[n + 2];
        float[] floats = new float[n + 2];
        if (!body.fill(VectorOut.of(Out.of(doubles)), 1, n, y0, 1)) {
            return false;
        }
        assertThat(body.fill(VectorOut.of(Out.of(floats)), 1, n, y0, 1)).isTrue();
        for (int i = 0; i < n; i++) {
            double want = f.value(y0 + i);
            if (bound == 0) {
                assertThat(Double.doubleToRawLongBits(doubles[1 + i])).as("%s at %d", f, y0 + i)
                        .isEqualTo(Double.doubleToRawLongBits(want));
                assertThat(Float.floatToRawIntBits(floats[1 + i])).as("%s float at %d", f, y0 + i)
                        .isEqualTo(Float.floatToRawIntBits((float) want));
            } else {
                assertThat(Math.abs(doubles[1 + i] - want)).as("%s at %d", f, y0 + i).isLessThanOrEqualTo(bound);
                assertThat((double) Math.abs(floats[1 + i] - (float) want)).as("%s float at %d", f, y0 + i)
                        .isLessThanOrEqualTo(Math.max(Math.ulp((float) want), bound));
            }
        }
        assertThat(doubles[0]).isZero();
        assertThat(doubles[n + 1]).isZero();
        return true;
    }
}
