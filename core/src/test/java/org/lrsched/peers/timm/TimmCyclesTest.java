package org.lrsched.peers.timm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The cycle lookup itself: float cycle starts meant to be whole are found at their step. */
class TimmCyclesTest {
    private static final String[] MULS = {"1.1", "1.5", "0.9", "1.01", "2.5", "0.5", "1.2", "0.8", "1.25", "0.75",
        "3.5"};

    @Test
    void everyStartThatIsWholeInDecimalIsFoundAtItsStep() {
        int checked = 0;
        for (String written : MULS) {
            BigDecimal mul = new BigDecimal(written);
            BigInteger p = mul.unscaledValue();
            BigInteger q = BigInteger.TEN.pow(mul.scale()); // mul = p / q
            for (long tInitial = 1; tInitial <= 10_000; tInitial++) {
                TimmCycles cycles = new TimmCycles(tInitial, Double.parseDouble(written), 1_000_000);
                // S_i = t_initial * (p^i - q^i) / (q^(i-1) * (p - q)): the start the decimal cycle_mul means
                for (int i = 1; i <= 60; i++) {
                    BigInteger num = BigInteger.valueOf(tInitial).multiply(p.pow(i).subtract(q.pow(i)));
                    BigInteger den = q.pow(i - 1).multiply(p.subtract(q));
                    BigInteger[] qr = num.divideAndRemainder(den);
                    if (qr[0].bitLength() > 50) {
                        break;
                    }
                    if (qr[1].signum() != 0 || qr[0].signum() <= 0) {
                        continue;
                    }
                    long start = qr[0].longValueExact();
                    TimmCycles.Found at = cycles.find(start);
                    TimmCycles.Found before = cycles.find(start - 1);
                    assertThat(at).as("cycle_mul=%s t_initial=%s: cycle %s at %s", written, tInitial, i, start)
                            .isNotNull();
                    assertThat(at.index()).as("cycle_mul=%s t_initial=%s: cycle %s at %s", written, tInitial, i, start)
                            .isEqualTo(i);
                    assertThat(at.first()).isEqualTo(start);
                    assertThat(before.index()).isEqualTo(i - 1);
                    assertThat(before.end()).isEqualTo(start);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(300);
    }

    @Test
    void aLookupAgreesWithTheWalkOfSnappedStarts() {
        for (double mul : new double[] {1.5, 1.1, 0.9, 0.5, 1.01, 2.5, 0.999}) {
            for (long tInitial : new long[] {1, 7, 100, 12345}) {
                TimmCycles cycles = new TimmCycles(tInitial, mul, 1000);
                long t = 0;
                long index = 0;
                while (t < (1L << 40)) {
                    TimmCycles.Found c = cycles.find(t);
                    if (c == null) {
                        assertThat(cycles.find(t + 1)).isNull();
                        assertThat(cycles.activeEnd()).isLessThanOrEqualTo(t);
                        break;
                    }
                    assertThat(c.index()).as("%s %s at %s", mul, tInitial, t).isGreaterThanOrEqualTo(index);
                    assertThat(c.first()).isLessThanOrEqualTo(t);
                    assertThat(c.end() < 0 || c.end() > t).isTrue();
                    if (c.first() > 0) {
                        assertThat(cycles.find(c.first() - 1).index()).isLessThan(c.index());
                    }
                    index = c.index();
                    t = c.end() < 0 ? Long.MAX_VALUE : Math.max(c.end(), t + (t >> 6)); // every cycle, then sampled
                }
            }
        }
    }
}
