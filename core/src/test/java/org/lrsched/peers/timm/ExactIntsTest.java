package org.lrsched.peers.timm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lrsched.internal.ExactInts;

/** Python's int / int and float(int ** int): the exact value rounded once, checked against exact arithmetic. */
class ExactIntsTest {

    /** True when {@code q} is the double nearest {@code exact} (ties to an even significand). */
    private static boolean nearest(double q, BigDecimal exact) {
        BigDecimal d = new BigDecimal(q).subtract(exact).abs();
        for (double other : new double[] {Math.nextUp(q), Math.nextDown(q)}) {
            if (Double.isInfinite(other)) {
                continue;
            }
            int c = new BigDecimal(other).subtract(exact).abs().compareTo(d);
            if (c < 0 || (c == 0 && (Double.doubleToRawLongBits(q) & 1) == 1)) {
                return false;
            }
        }
        return true;
    }

    /** {@code a / b} to 2000 digits: exact for every midpoint a double can have, and far finer than its ulp. */
    private static BigDecimal ratio(BigInteger a, BigInteger b) {
        int digits = a.bitLength() < 64 && b.bitLength() < 64 ? 200 : 2000;
        return new BigDecimal(a).divide(new BigDecimal(b), new java.math.MathContext(digits));
    }

    @Test
    void trueDivisionRoundsTheExactQuotientOnce() {
        SplittableRandom r = new SplittableRandom(11);
        for (int n = 0; n < 50_000; n++) {
            long a = r.nextLong(Long.MAX_VALUE) >>> r.nextInt(64);
            long b = Math.max(1, r.nextLong(Long.MAX_VALUE) >>> r.nextInt(64));
            double q = ExactInts.trueDivide(a, b);
            assertThat(nearest(q, ratio(BigInteger.valueOf(a), BigInteger.valueOf(b)))).as("%s / %s = %s", a, b, q)
                    .isTrue();
        }
        // proper fractions of longs past 2^53 (the 128-bit path), near 0 and near 1
        for (int n = 0; n < 200_000; n++) {
            long b = (1L << 53) + r.nextLong(Long.MAX_VALUE - (1L << 53));
            long a = switch (n % 4) {
                case 0 -> r.nextLong(b);
                case 1 -> b - 1 - r.nextLong(1 + Math.min(b - 1, 1L << 20));
                case 2 -> 1 + r.nextLong(1L << 20);
                default -> r.nextLong(b) | 1;
            };
            double q = ExactInts.trueDivide(a, b);
            assertThat(nearest(q, ratio(BigInteger.valueOf(a), BigInteger.valueOf(b)))).as("%s / %s = %s", a, b, q)
                    .isTrue();
        }
        // halfway cases past 2^53: a double division would round twice
        long a = (1L << 60) + 1;
        long b = 3;
        assertThat(nearest(ExactInts.trueDivide(a, b), ratio(BigInteger.valueOf(a), BigInteger.valueOf(b)))).isTrue();
        assertThat(nearest(ExactInts.trueDivide(9007199254740993L, 1152921504606846977L),
                ratio(BigInteger.valueOf(9007199254740993L), BigInteger.valueOf(1152921504606846977L)))).isTrue();
    }

    @Test
    void trueDivisionOfHugeIntsIncludesSubnormalsAndOverflow() {
        SplittableRandom r = new SplittableRandom(5);
        for (int n = 0; n < 3_000; n++) {
            BigInteger a = new BigInteger(1 + r.nextInt(1200), new java.util.Random(r.nextLong())).add(BigInteger.ONE);
            BigInteger b = new BigInteger(1 + r.nextInt(1200), new java.util.Random(r.nextLong())).add(BigInteger.ONE);
            double q = ExactInts.trueDivide(a, b);
            BigDecimal exact = ratio(a, b);
            if (exact.compareTo(new BigDecimal(Double.MAX_VALUE)) > 0) {
                continue; // Python raises; a nearest-double check does not apply
            }
            assertThat(nearest(q, exact)).as("%s / %s = %s", a, b, q).isTrue();
        }
        assertThat(ExactInts.trueDivide(BigInteger.ONE, BigInteger.TWO.pow(1074))).isEqualTo(Double.MIN_VALUE);
        assertThat(ExactInts.trueDivide(BigInteger.ONE, BigInteger.TWO.pow(1075))).isEqualTo(0.0); // a tie: to even
        assertThat(ExactInts.trueDivide(BigInteger.valueOf(3), BigInteger.TWO.pow(1076))).isEqualTo(Double.MIN_VALUE);
        assertThat(ExactInts.trueDivide(BigInteger.TWO.pow(1100), BigInteger.ONE)).isInfinite();
        assertThat(ExactInts.trueDivide(BigInteger.ZERO, BigInteger.valueOf(-3))).isEqualTo(-0.0);
    }

    @Test
    void powersAreExactThenRoundedOnce() {
        SplittableRandom r = new SplittableRandom(3);
        for (int n = 0; n < 20_000; n++) {
            long base = r.nextLong(Long.MAX_VALUE) >>> r.nextInt(64);
            long exponent = r.nextInt(12);
            double p = ExactInts.powerToDouble(base, exponent);
            BigDecimal exact = new BigDecimal(BigInteger.valueOf(base).pow((int) exponent));
            if (exact.compareTo(new BigDecimal(Double.MAX_VALUE)) > 0) {
                assertThat(p).as("%s ** %s", base, exponent).isInfinite();
                continue;
            }
            assertThat(nearest(p, exact)).as("%s ** %s = %s", base, exponent, p).isTrue();
            assertThat(ExactInts.powerToDouble(BigInteger.valueOf(base), exponent)).isEqualTo(p);
        }
        assertThat(ExactInts.powerToDouble(0, 0)).isEqualTo(1.0);
        assertThat(ExactInts.powerToDouble(-3, 3)).isEqualTo(-27.0);
        assertThat(ExactInts.powerToDouble(2, 1023)).isEqualTo(0x1p1023);
        assertThat(ExactInts.powerToDouble(2, 1024)).isInfinite();
        assertThat(ExactInts.powerToDouble(3, Long.MAX_VALUE)).isInfinite();
        assertThat(nearest(ExactInts.powerToDouble((1L << 53) + 1, 2),
                new BigDecimal(BigInteger.valueOf((1L << 53) + 1).pow(2)))).isTrue();
    }

    @Test
    void exactDoublesAreRecognized() {
        assertThat(ExactInts.isDouble(1L << 53)).isTrue();
        assertThat(ExactInts.isDouble((1L << 53) + 1)).isFalse();
        assertThat(ExactInts.isDouble((1L << 54) + 4)).isTrue();
        assertThat(ExactInts.isDouble((1L << 54) + 2)).isFalse();
        assertThat(ExactInts.isDouble(Long.MAX_VALUE)).isFalse();
        assertThat(ExactInts.isDouble(BigInteger.TWO.pow(100))).isTrue();
        assertThat(ExactInts.isDouble(BigInteger.TWO.pow(100).add(BigInteger.ONE))).isFalse();
    }
}
