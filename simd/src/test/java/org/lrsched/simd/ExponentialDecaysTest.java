package org.lrsched.simd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lrsched.formula.ExponentialDecayPow;
import org.lrsched.formula.Formula;
import org.lrsched.formula.Out;

/**
 * The vector body of Optax's exponential decay ({@link ExponentialDecayPow}) against the record's scalar value,
 * in double and float tables: decay rates from far below 1 to just below and above it, growth, clips, exponents
 * {@code y / q} up to 2^31, pieces of a few vectors and of many blocks that start anywhere; within the contract
 * (2^-50 x the largest |value| the formula reaches, as the plan recorder takes it; a float within one float ulp
 * or that bound) with room to spare. And the pieces it must leave to the scalar loop.
 */
class ExponentialDecaysTest {
    private static final double BOUND = 0x1p-50;

    @Test
    void valuesWithinTheContract() {
        SplittableRandom random = new SplittableRandom(20261201);
        double worst = 0;
        for (int trial = 0; trial < 3000; trial++) {
            double q = random.nextInt(4) == 0 ? random.nextInt(1, 10) : random.nextLong(1, 1_000_000);
            double a = switch (random.nextInt(5)) {
                case 0 -> random.nextDouble(1e-6, 1);
                case 1 -> 1 - Math.pow(10, -random.nextDouble(1, 15));
                case 2 -> 1 + Math.pow(10, -random.nextDouble(1, 15));
                case 3 -> 0.5;
                default -> random.nextDouble(1, 3);
            };
            double m = (random.nextBoolean() ? 1 : -1) * Math.pow(10, random.nextDouble(-300, 300));
            double lo = Double.NEGATIVE_INFINITY;
            double hi = Double.POSITIVE_INFINITY;
            if (random.nextInt(3) == 0) { // Optax's end_value: a floor for a decay, a ceiling for growth
                double bound = m * random.nextDouble(0, 1.5);
                if (a < 1) {
                    lo = bound;
                } else {
                    hi = bound;
                }
            }
            ExponentialDecayPow f = new ExponentialDecayPow(q, a, m, lo, hi);
            int n = random.nextInt(3) == 0 ? random.nextInt(10_000, 60_000) : random.nextInt(0, 8 * Species.LANES);
            long y0 = random.nextInt(4) == 0 ? 0 : (long) (random.nextDouble() * Math.min(0x1p31 * q - n, 0x1p52));
            double[] doubles = new double[n + 2];
            float[] floats = new float[n + 2];
            boolean taken = Ramps.exactVariable(y0, n)
                    && ExponentialDecays.exponentialDecayPow(VectorOut.of(Out.of(doubles)), 1, n, y0, 1, f);
            if (!taken) {
                continue;
            }
            assertThat(ExponentialDecays.exponentialDecayPow(VectorOut.of(Out.of(floats)), 1, n, y0, 1, f)).isTrue();
            long last = y0 + n - 1;
            double scale = Math.max(f.scale(), Formula.larger(f.value(y0), f.value(last)));
            boolean floatRange = scale < Float.MAX_VALUE; // a float table of larger values is not finite
            double bound = Math.max(BOUND * scale, Double.MIN_VALUE);
            for (int i = 0; i < n; i++) {
                double want = f.value(y0 + i);
                double error = Math.abs(doubles[1 + i] - want);
                worst = Math.max(worst, error / bound);
                assertThat(error).as("%s at y=%d", f, y0 + i).isLessThanOrEqualTo(bound);
                float wantFloat = (float) want;
                if (floatRange) {
                    assertThat((double) Math.abs(floats[1 + i] - wantFloat)).as("%s float at y=%d", f, y0 + i)
                            .isLessThanOrEqualTo(Math.max(Math.ulp(wantFloat), bound));
                }
            }
            assertThat(doubles[0]).isZero();
            assertThat(doubles[n + 1]).isZero();
        }
        assertThat(worst).as("worst error as a fraction of the bound").isLessThanOrEqualTo(0.75);
    }

    @Test
    void leavesToTheScalarLoopWhatItCannotBound() {
        double none = Double.NEGATIVE_INFINITY;
        double[] out = new double[64];
        ExponentialDecayPow decay = new ExponentialDecayPow(1000, 0.5, 1e-3, none, -none);
        assertThat(ExponentialDecays.exponentialDecayPow(VectorOut.of(Out.of(out)), 0, 64, 0, 1, decay)).isTrue();
        java.util.Arrays.fill(out, 0);
        assertThat(take(out, 100, -1, decay)).as("backwards").isFalse();
        assertThat(take(out, 1L << 53, 1, decay)).as("variable past 2^53").isFalse();
        assertThat(take(out, (long) 0x1p42, 1, decay)).as("exponent past 2^31").isFalse();
        assertThat(take(out, 0, 1, new ExponentialDecayPow(1000, -0.5, 1, none, -none))).as("a < 0").isFalse();
        assertThat(take(out, 0, 1, new ExponentialDecayPow(1000, 0.5, 0x1p-1010, none, -none))).as("tiny")
                .isFalse();
        assertThat(take(out, 0, 1, new ExponentialDecayPow(1, 1e300, 1, none, -none))).as("overflow").isFalse();
        assertThat(out).containsOnly(0.0);
    }

    private static boolean take(double[] out, long y0, int direction, ExponentialDecayPow f) {
        return ExponentialDecays.exponentialDecayPow(VectorOut.of(Out.of(out)), 0, out.length, y0, direction, f);
    }
}
