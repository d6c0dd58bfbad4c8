package org.lrsched.simd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lrsched.formula.IntPowPoly;
import org.lrsched.formula.Out;

/**
 * The vector body of Optax's integer-power ramps ({@link IntPowPoly}) against the record's scalar value, bit for
 * bit, in double and float tables: random lengths, powers 0 to 64 and huge, both directions, pieces that start
 * anywhere in their ramp; and the pieces it must leave to the scalar loop.
 */
class IntPowPolyBodyTest {

    @Test
    void equalsTheScalarValueToTheBit() {
        SplittableRandom random = new SplittableRandom(12);
        for (int trial = 0; trial < 20_000; trial++) {
            long steps = random.nextInt(4) == 0 ? random.nextLong(1, 1L << 52) : random.nextLong(1, 5000);
            long n = random.nextInt(10) == 0 ? random.nextLong(65, Long.MAX_VALUE) : random.nextInt(0, 65);
            IntPowPoly f = new IntPowPoly(steps, n, random.nextDouble(-3, 3), random.nextDouble(-1, 1));
            int length = random.nextInt(0, 4 * Species.LANES + 3);
            int direction = random.nextBoolean() ? 1 : -1;
            long y0 = random.nextLong(0, steps + 1);
            double[] doubles = new double[length + 2];
            float[] floats = new float[length + 2];
            assertThat(Ramps.intPowPoly(VectorOut.of(Out.of(doubles)), 1, length, y0, direction, f)).isTrue();
            assertThat(Ramps.intPowPoly(VectorOut.of(Out.of(floats)), 1, length, y0, direction, f)).isTrue();
            for (int i = 0; i < length; i++) {
                double want = f.value(y0 + (long) direction * i);
                if (Double.doubleToRawLongBits(doubles[1 + i]) != Double.doubleToRawLongBits(want)) {
                    assertThat(doubles[1 + i]).as("%s at y=%d", f, y0 + (long) direction * i).isEqualTo(want);
                }
                assertThat(Float.floatToRawIntBits(floats[1 + i])).as("%s float at %d", f, i)
                        .isEqualTo(Float.floatToRawIntBits((float) want));
            }
            assertThat(doubles[0]).isZero();
            assertThat(doubles[length + 1]).isZero();
        }
    }

    @Test
    void leavesToTheScalarLoopWhatItCannotDoExactly() {
        double[] out = new double[8];
        IntPowPoly negative = new IntPowPoly(10, -2, 1, 0);
        assertThat(Ramps.intPowPoly(VectorOut.of(Out.of(out)), 0, 8, 0, 1, negative)).isFalse();
        IntPowPoly ramp = new IntPowPoly(10, 2, 1, 0);
        assertThat(Ramps.intPowPoly(VectorOut.of(Out.of(out)), 0, 8, 1L << 53, 1, ramp)).isFalse();
        IntPowPoly tiny = new IntPowPoly(0x1p-500, 2, 1, 0);
        assertThat(Ramps.intPowPoly(VectorOut.of(Out.of(out)), 0, 8, 0, 1, tiny)).isFalse();
        assertThat(out).containsOnly(0.0);
    }
}
