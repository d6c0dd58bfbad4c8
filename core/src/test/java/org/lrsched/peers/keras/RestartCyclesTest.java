package org.lrsched.peers.keras;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lrsched.schedule.Cycle;
import org.lrsched.testing.CycleChecks;

/**
 * CosineDecayRestarts' cycles: against {@code S_i = first_decay_steps * (1 + t + ... + t^(i-1))} summed exactly,
 * and far out, where the lookup searches past its table, against the values at each restart.
 */
class RestartCyclesTest {
    private static final BigInteger TWO_63 = BigInteger.ONE.shiftLeft(63);
    /** 2^-70: no step lies this close below {@code fds / (1 - t)} (a fraction of denominator below 2^53). */
    private static final BigDecimal TINY = new BigDecimal(0x1p-70);

    private static CosineDecayRestarts restarts(long fds, double tMul) {
        return new CosineDecayRestarts(1.0, fds, tMul, 1.0, 0.0);
    }

    @Test
    void cyclesStartAtTheCeilingOfTheExactSums() {
        for (double t : new double[] {2.0, 1.5, 3.0, 1.1, 0.5, 0.9}) {
            for (long fds : new long[] {1, 3, 1000}) {
                CosineDecayRestarts s = restarts(fds, t);
                List<Long> indices = new ArrayList<>();
                List<BigInteger> starts = new ArrayList<>();
                BigDecimal sum = BigDecimal.ZERO;
                BigDecimal power = BigDecimal.ONE;
                BigDecimal exactT = new BigDecimal(t);
                // t > 1: until a start passes 2^63; t < 1: while the rest of the sums, fds * t^i / (1 - t), is 2^-70
                BigDecimal rest = TINY.multiply(BigDecimal.valueOf(1 - t)); // or more, times (1 - t)
                for (long i = 0; t > 1 ? starts.isEmpty() || starts.get(starts.size() - 1).bitLength() < 64
                        : power.multiply(BigDecimal.valueOf(fds)).compareTo(rest) > 0; i++) {
                    indices.add(i);
                    starts.add(sum.multiply(BigDecimal.valueOf(fds)).setScale(0, RoundingMode.CEILING)
                            .toBigIntegerExact());
                    sum = sum.add(power);
                    power = power.multiply(exactT);
                }
                BigInteger end = sum.multiply(BigDecimal.valueOf(fds)).setScale(0, RoundingMode.CEILING)
                        .toBigIntegerExact();
                List<Cycle> expected = CycleChecks.between(indices, starts, end);
                if (t > 1) {
                    CycleChecks.matches(s, expected);
                    assertThat(expected.get(expected.size() - 1).endless()).isTrue();
                } else { // the last cycle ends where every cycle has: fds / (1 - t), past which at throws
                    Cycle last = expected.remove(expected.size() - 1);
                    CycleChecks.matches(s, expected);
                    assertThat(s.cycleOf(last.start())).isEqualTo(last);
                    assertThat(s.cycleOf(last.end() - 1)).isEqualTo(last);
                    assertThatThrownBy(() -> s.cycleOf(last.end())).isInstanceOf(ArithmeticException.class);
                    assertThatThrownBy(() -> s.at(last.end())).isInstanceOf(ArithmeticException.class);
                }
            }
        }
    }

    @Test
    void aTMulOfOneGivesCyclesOfFirstDecayStepsToTheLastLong() {
        for (long fds : new long[] {1, 1000, Long.MAX_VALUE}) {
            CosineDecayRestarts s = restarts(fds, 1.0);
            long lastK = Long.MAX_VALUE / fds;
            List<Cycle> expected = new ArrayList<>();
            for (long k : new long[] {lastK - 2, lastK - 1, lastK}) {
                if (k < 0) {
                    continue;
                }
                expected.add(Cycle.until(k, k * fds, BigInteger.valueOf(k).add(BigInteger.ONE)
                        .multiply(BigInteger.valueOf(fds))));
            }
            CycleChecks.matches(s, expected);
            assertThat(s.cycleOf(Long.MAX_VALUE).endless()).isTrue();
        }
        assertThat(restarts(Long.MAX_VALUE, 1.0).cycleOf(Long.MAX_VALUE))
                .isEqualTo(Cycle.until(1, Long.MAX_VALUE, TWO_63.subtract(BigInteger.ONE).shiftLeft(1)));
    }

    @Test
    void farCyclesPastTheTableRestartWhereTheValueJumpsUp() {
        SplittableRandom random = new SplittableRandom(5);
        CosineDecayRestarts s = restarts(1, 1.01); // about 3 700 cycles below 2^63, 1024 in the table
        for (int i = 0; i < 40; i++) {
            long step = i < 3 ? Long.MAX_VALUE - i : random.nextLong(1L << 40, Long.MAX_VALUE);
            Cycle c = s.cycleOf(step);
            assertThat(c.start()).isLessThanOrEqualTo(step);
            assertThat(c.endless() || c.end() > step).isTrue();
            Cycle before = s.cycleOf(c.start() - 1);
            assertThat(before.index()).isEqualTo(c.index() - 1);
            assertThat(before.end()).isEqualTo(c.start());
            assertThat(s.at(c.start())).as("%s", c).isGreaterThan(0.5);
            assertThat(s.at(c.start() - 1)).as("%s", c).isLessThan(0.5);
        }
        assertThat(s.cycleOf(Long.MAX_VALUE).endless()).isTrue();
    }

    @Test
    void eachCycleIsScaledByMMulToTheI() {
        CosineDecayRestarts s = new CosineDecayRestarts(1.0, 10, 2.0, 0.5, 0.0);
        assertThat(s.cycleScale(0)).hasValue(1.0);
        assertThat(s.cycleScale(3)).hasValue(0.125);
        assertThatThrownBy(() -> new CosineDecayRestarts(1.0, 10, 2.0, 1e300, 0.0).cycleScale(2))
                .isInstanceOf(ArithmeticException.class);
    }
}
