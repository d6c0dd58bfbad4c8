package org.lrsched.peers.transformers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lrsched.schedule.Cycle;
import org.lrsched.testing.CycleChecks;

/**
 * The hard restarts' cycles: restart {@code j} at the first {@code y} with {@code num_cycles * y >= j * D},
 * computed in exact decimals; the warm-up in cycle 0; 0.0 for ever from {@code W + D} as one last cycle.
 */
class HardRestartCyclesTest {

    /** The cycles of {@code y}, shifted by the warm-up (cycle 0 from step 0), and the last one from W + D. */
    private static List<Cycle> expected(long w, long d, double nc) {
        BigDecimal n = new BigDecimal(nc).abs();
        List<Long> indices = new ArrayList<>();
        List<BigInteger> starts = new ArrayList<>();
        for (long k = 0; ; k++) {
            BigInteger y;
            if (k == 0) {
                y = BigInteger.ZERO;
            } else if (nc == 0) {
                break;
            } else if (nc > 0) { // the first y with nc * y >= k * D
                y = BigDecimal.valueOf(k).multiply(BigDecimal.valueOf(d)).divide(n, 0, RoundingMode.CEILING)
                        .toBigIntegerExact();
            } else { // j = -k counts down: the first y with nc * y < (1 - k) * D
                y = BigDecimal.valueOf(k - 1).multiply(BigDecimal.valueOf(d)).divide(n, 0, RoundingMode.FLOOR)
                        .toBigIntegerExact().add(BigInteger.ONE);
            }
            if (y.compareTo(BigInteger.valueOf(d)) >= 0) {
                break;
            }
            indices.add(k);
            starts.add(k == 0 ? BigInteger.ZERO : y.add(BigInteger.valueOf(w)));
        }
        BigInteger end = BigInteger.valueOf(w).add(BigInteger.valueOf(d));
        List<Cycle> cycles = new ArrayList<>(CycleChecks.between(indices, starts, end));
        if (end.bitLength() < 64) {
            cycles.add(Cycle.endlessFrom(indices.get(indices.size() - 1) + 1, end.longValueExact()));
        }
        return cycles;
    }

    @Test
    void restartsAreExactAndTheWarmUpOpensCycleZero() {
        long[][] steps = {{0, 100}, {10, 110}, {500, 10_000}, {0, 2200}, {1L << 61, Long.MAX_VALUE},
            {0, Long.MAX_VALUE}, {7, (1L << 62) + 3}};
        for (long[] wt : steps) {
            for (double nc : new double[] {1, 3, 22, 2.5, 0.3, 1000, -2.5, -7, 0}) {
                GetCosineWithHardRestartsScheduleWithWarmup s =
                        new GetCosineWithHardRestartsScheduleWithWarmup(1.0, wt[0], wt[1], nc);
                List<Cycle> cycles = expected(wt[0], wt[1] - wt[0], nc);
                CycleChecks.matches(s, cycles);
                for (int k = 1; k < cycles.size(); k++) {
                    Cycle c = cycles.get(k);
                    if (c.endless()) {
                        assertThat(s.at(c.start())).isEqualTo(0.0);
                    } else if (nc > 0 && c.length() >= 4 && cycles.get(k - 1).length() >= 4) {
                        assertThat(s.at(c.start())).as("nc=%s %s", nc, c).isGreaterThan(0.5);
                        assertThat(s.at(c.start() - 1)).as("nc=%s %s", nc, c).isLessThan(0.5);
                    }
                }
                assertThat(s.cycleScale(0)).isEmpty();
            }
        }
    }
}
