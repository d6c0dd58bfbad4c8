package org.lrsched.peers.torch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lrsched.Schedule;
import org.lrsched.schedule.Cycle;
import org.lrsched.testing.CycleChecks;

/** PyTorch's cyclic schedulers' cycles, against exact tables of their own closed forms. */
class TorchCyclesTest {

    @Test
    void warmRestartsLastT0TimesTMultToTheKAndRestartAtLr() {
        long[][] params = {{1, 2}, {1, 3}, {3, 2}, {1000, 2}, {1, 10}, {7, 1}, {1000, 1}, {Long.MAX_VALUE, 1},
            {Long.MAX_VALUE, 2}};
        for (long[] p : params) {
            CosineAnnealingWarmRestarts s = new CosineAnnealingWarmRestarts(0.1, p[0], p[1], 0.0);
            List<Cycle> expected = p[1] == 1 ? equalCycles(p[0]) : growingCycles(p[0], p[1]);
            CycleChecks.matches(s, expected);
            for (Cycle c : expected) {
                assertThat(s.at(c.start())).isEqualTo(s.at(0));
                if (c.index() > 0 && s.cycleOf(c.start() - 1).length() > 1) {
                    assertThat(s.at(c.start() - 1)).isLessThan(s.at(c.start()));
                }
            }
            assertThat(s.cycleOf(Long.MAX_VALUE).endless()).isTrue();
            assertThat(s.cycleScale(3)).isEmpty();
        }
        // PyTorch's log(243, 3) is 4.999999999999999: step 121 starts cycle 5 all the same
        assertThat(new CosineAnnealingWarmRestarts(1, 1, 3, 0).cycleOf(121)).isEqualTo(new Cycle(5, 121, 243));
        // T_0 = 2^63 - 1 steps exactly: step 2^63 - 1 is the first of cycle 1
        assertThat(new CosineAnnealingWarmRestarts(1, Long.MAX_VALUE, 1, 0).cycleOf(Long.MAX_VALUE - 1))
                .isEqualTo(new Cycle(0, 0, Long.MAX_VALUE, false));
    }

    private static List<Cycle> equalCycles(long t0) {
        long lastK = Long.MAX_VALUE / t0;
        List<Cycle> cycles = new ArrayList<>();
        for (long k : new long[] {0, 1, 2, lastK - 1, lastK}) {
            if (k <= lastK && (cycles.isEmpty() || k > cycles.get(cycles.size() - 1).index())) {
                cycles.add(new Cycle(k, k * t0, t0));
            }
        }
        return cycles;
    }

    private static List<Cycle> growingCycles(long t0, long tMult) {
        List<Long> indices = new ArrayList<>();
        List<BigInteger> starts = new ArrayList<>();
        BigInteger start = BigInteger.ZERO;
        BigInteger length = BigInteger.valueOf(t0);
        for (long k = 0; start.bitLength() < 64; k++) {
            indices.add(k);
            starts.add(start);
            start = start.add(length);
            length = length.multiply(BigInteger.valueOf(tMult));
        }
        return CycleChecks.between(indices, starts, start);
    }

    private static CyclicLR cyclic(String sizes, String mode) {
        return (CyclicLR) Schedule.parse("torch.CyclicLR(base_lr=0.001, max_lr=0.1, " + sizes + ", mode=" + mode
                + ")");
    }

    @Test
    void cyclicCyclesAreTheWholeStepsOfEachTotalEvenWhenItIsNotWhole() {
        String[] sizes = {"step_size_up=2000", "step_size_up=2.5", "step_size_up=1.3",
            "step_size_up=1.3, step_size_down=0.7", "step_size_up=123456789.123, step_size_down=0.001",
            "step_size_up=0.3, step_size_down=0.4", "step_size_up=3, step_size_down=0"};
        SplittableRandom random = new SplittableRandom(11);
        for (String size : sizes) {
            CyclicLR s = cyclic(size, "triangular");
            double total = s.stepSizeUp().doubleValue()
                    + (s.stepSizeDown() == null ? s.stepSizeUp() : s.stepSizeDown()).doubleValue();
            BigDecimal exact = new BigDecimal(total); // PyTorch's float(up) + float(down), exactly
            // the last cycle that starts within the longs (a total below one step runs out of indices first)
            long far = BigDecimal.valueOf(Long.MAX_VALUE).divide(exact, 0, RoundingMode.FLOOR)
                    .min(BigDecimal.valueOf(Long.MAX_VALUE - 10)).longValueExact();
            CycleChecks.matches(s, table(exact, 0, 20));
            CycleChecks.matches(s, table(exact, far - 2, far));
            for (int i = 0; i < 200; i++) {
                long step = random.nextLong(Long.MAX_VALUE);
                BigInteger n = new BigDecimal(step).divide(exact, 0, RoundingMode.FLOOR).toBigIntegerExact();
                if (n.bitLength() > 63) {
                    assertThatThrownBy(() -> s.cycleOf(step)).isInstanceOf(ArithmeticException.class);
                } else {
                    assertThat(s.cycleOf(step)).isEqualTo(Cycle.until(n.longValue(),
                            start(exact, n).longValueExact(), start(exact, n.add(BigInteger.ONE))));
                }
            }
            if (total == Math.rint(total)) { // x is exactly 0 at a cycle's first step: base_lr
                for (long n = 0; n < 20; n++) {
                    assertThat(s.at(s.cycleOf((long) (n * total)).start())).isEqualTo(0.001);
                }
            }
        }
    }

    /** Cycles {@code from..to} of a total: the whole steps from {@code ceil(n * total)}. */
    private static List<Cycle> table(BigDecimal total, long from, long to) {
        List<Long> indices = new ArrayList<>();
        List<BigInteger> starts = new ArrayList<>();
        for (long n = from; n <= to; n++) {
            indices.add(n);
            starts.add(start(total, BigInteger.valueOf(n)));
        }
        return CycleChecks.between(indices, starts, start(total, BigInteger.valueOf(to).add(BigInteger.ONE)));
    }

    private static BigInteger start(BigDecimal total, BigInteger n) {
        return new BigDecimal(n).multiply(total).setScale(0, RoundingMode.CEILING).toBigIntegerExact();
    }

    @Test
    void aTotalPastEveryLongIsOneCycleThatNeverEnds() {
        CyclicLR s = cyclic("step_size_up=1e19", "triangular");
        assertThat(s.cycleOf(0)).isEqualTo(Cycle.endlessFrom(0, 0));
        assertThat(s.cycleOf(Long.MAX_VALUE)).isEqualTo(Cycle.endlessFrom(0, 0));
        // a total of 2^63: cycle 0 ends one past every long
        CyclicLR half = cyclic("step_size_up=4.611686018427387904e18", "triangular");
        assertThat(half.cycleOf(Long.MAX_VALUE)).isEqualTo(new Cycle(0, 0, Long.MAX_VALUE, true));
    }

    @Test
    void triangular2HalvesEachCycleTriangularKeepsItAndExpRangeScalesSteps() {
        assertThat(cyclic("step_size_up=10", "triangular").cycleScale(7)).hasValue(1.0);
        CyclicLR halving = cyclic("step_size_up=10", "triangular2");
        assertThat(halving.cycleScale(0)).hasValue(1.0);
        assertThat(halving.cycleScale(3)).hasValue(0.125);
        assertThat(halving.cycleScale(1074)).hasValue(0x1p-1074);
        assertThat(halving.cycleScale(5000)).hasValue(0.0);
        assertThat(cyclic("step_size_up=10, gamma=0.99", "exp_range").cycleScale(3)).isEmpty();
    }
}
