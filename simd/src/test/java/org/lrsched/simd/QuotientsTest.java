package org.lrsched.simd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import jdk.incubator.vector.DoubleVector;
import org.junit.jupiter.api.Test;

/** The division-free quotient against Java's division, bit for bit, on many divisors and dividends. */
class QuotientsTest {

    @Test
    void equalsDivisionToTheBit() {
        SplittableRandom random = new SplittableRandom(11);
        double[] x = new double[Species.LANES];
        double[] got = new double[Species.LANES];
        for (int trial = 0; trial < 200_000; trial++) {
            double q = divisor(random);
            for (int i = 0; i < x.length; i++) {
                x[i] = dividend(random);
            }
            if (!Quotients.exact(q, 1, 0x1p53)) {
                continue;
            }
            Quotients.divide(DoubleVector.fromArray(Species.DOUBLES, x, 0), q, 1 / q).intoArray(got, 0);
            for (int i = 0; i < x.length; i++) {
                if (Double.doubleToRawLongBits(got[i]) != Double.doubleToRawLongBits(x[i] / q)) {
                    assertThat(got[i]).as("%s / %s", x[i], q).isEqualTo(x[i] / q);
                }
            }
        }
    }

    /** Lengths times fractions, all-ones significands, powers of two, and random doubles. */
    private static double divisor(SplittableRandom random) {
        switch (random.nextInt(4)) {
            case 0:
                return random.nextLong(1, 1L << 40) * random.nextDouble();
            case 1:
                return Math.scalb(2 - Math.ulp(1.0) * random.nextInt(1, 4), random.nextInt(-60, 60));
            case 2:
                return Math.scalb(1.0, random.nextInt(-60, 60)) * (random.nextBoolean() ? 1 : -1);
            default:
                return Double.longBitsToDouble(random.nextLong(0x3000000000000000L, 0x5000000000000000L));
        }
    }

    private static double dividend(SplittableRandom random) {
        return random.nextInt(8) == 0 ? 0 : random.nextLong(1, 1L << random.nextInt(1, 54));
    }
}
