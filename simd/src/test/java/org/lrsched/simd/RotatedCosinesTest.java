package org.lrsched.simd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lrsched.formula.Cosine;
import org.lrsched.formula.MxnetCosine;
import org.lrsched.formula.Out;

/**
 * Long cosine pieces, which the vector kernel fills by rotation, against the reference formulas step by step:
 * random cycle lengths from 2^14 to 2^44 (whole and not), starts anywhere in the cycle, values of either
 * direction, within the contract's 2^-50 x the piece's largest |value| with room to spare.
 */
class RotatedCosinesTest {
    private static final double BOUND = 0x1p-50;

    @Test
    void cosinePiecesWithinTheContract() {
        SplittableRandom random = new SplittableRandom(20261124);
        double worst = 0;
        for (int trial = 0; trial < 300; trial++) {
            double length = Math.scalb(1 + random.nextDouble(), 14 + random.nextInt(31));
            if (random.nextBoolean()) {
                length = Math.rint(length);
            }
            int n = (int) Math.min(Math.floor(length) + 1, 16_384 + random.nextInt(100_000));
            long y0 = (long) (random.nextDouble() * (Math.floor(length) + 1 - n));
            double min = random.nextDouble() * 0.01;
            double max = min + random.nextDouble() * 3;
            double m = random.nextBoolean() ? 1 : random.nextDouble();
            double r = random.nextBoolean() ? max - min : min - max; // ramps up or down
            double c = r > 0 ? min : max;
            double largest = Math.max(Math.abs(c * m), Math.abs((r + c) * m));

            double[] cosine = new double[n];
            double[] mxnet = new double[n];
            Cosine cosineFormula = new Cosine(length, r, c, m);
            MxnetCosine mxnetFormula = new MxnetCosine(length, r, c);
            VectorKernel.INSTANCE.fill(Out.of(cosine), 0, n, y0, 1, cosineFormula);
            VectorKernel.INSTANCE.fill(Out.of(mxnet), 0, n, y0, 1, mxnetFormula);
            for (int i = 0; i < n; i++) {
                double want = cosineFormula.value(y0 + i);
                double wantMxnet = mxnetFormula.value(y0 + i);
                worst = Math.max(worst, Math.abs(cosine[i] - want) / (BOUND * largest));
                worst = Math.max(worst, Math.abs(mxnet[i] - wantMxnet) / (BOUND * Math.max(Math.abs(c),
                        Math.abs(r + c))));
            }
        }
        assertThat(worst).as("worst error as a fraction of the bound").isLessThanOrEqualTo(0.75);
    }

    @Test
    void onlyLongPiecesOfOneSignAreRotated() {
        // values alpha * cos + beta: from 0.1 to 2.0, and from -1 to 1
        assertThat(RotatedCosines.of(1_000_000, 2_000_000, 0.95, 1.05)).isNotNull();
        assertThat(RotatedCosines.of(1_000, 2_000_000, 0.95, 1.05)).as("too few steps").isNull();
        assertThat(RotatedCosines.of(1_000_000, 2_000, 0.95, 1.05)).as("cycle too short").isNull();
        assertThat(RotatedCosines.of(1_000_000, 2_000_000, 1, 0)).as("values of both signs").isNull();
    }
}
