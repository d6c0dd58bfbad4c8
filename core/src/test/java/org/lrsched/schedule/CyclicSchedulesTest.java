package org.lrsched.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lrsched.Schedule;
import org.lrsched.testing.CycleChecks;

/** The tutorial's and Flax's cycles, against their closed forms and the values at their starts. */
class CyclicSchedulesTest {

    @Test
    void flaxCyclesAreEveryStepsPerCycleToTheLastLong() {
        for (long spc : new long[] {1, 2, 3, 117, 1L << 53}) {
            FlaxTriangularSchedule s = new FlaxTriangularSchedule(0.003, 0.03, spc);
            long lastK = Long.MAX_VALUE / spc;
            List<Cycle> expected = new ArrayList<>();
            for (long k : new long[] {0, 1, 2, 3, 1000, lastK - 2, lastK - 1, lastK}) {
                expected.add(new Cycle(k, k * spc, spc));
                assertThat(s.at(k * spc)).isEqualTo(0.003); // lr_min at every cycle's first step
            }
            CycleChecks.matches(s, expected);
            assertThat(s.cycleOf(Long.MAX_VALUE).endless()).as("spc=%s", spc).isTrue();
            assertThat(s.cycleScale(lastK)).isEmpty();
        }
        // steps_per_cycle=2: the last cycle ends exactly at 2^63, one past every long
        assertThat(new FlaxTriangularSchedule(0, 1, 2).cycleOf(Long.MAX_VALUE - 1))
                .isEqualTo(new Cycle(Long.MAX_VALUE / 2, Long.MAX_VALUE - 1, 2, true));
    }

    @Test
    void sgdrCyclesDoubleAndTheirStartsHoldTheScaledPeak() {
        CyclicalSchedule sgdr = (CyclicalSchedule) Schedule.parse("sgdr"); // 250, x2, magnitudes x0.5
        List<Long> indices = new ArrayList<>();
        List<BigInteger> starts = new ArrayList<>();
        BigInteger start = BigInteger.ZERO;
        BigInteger length = BigInteger.valueOf(250);
        for (long k = 0; start.bitLength() < 64; k++) {
            indices.add(k);
            starts.add(start);
            start = start.add(length);
            length = length.shiftLeft(1);
        }
        List<Cycle> expected = CycleChecks.between(indices, starts, start);
        CycleChecks.matches(sgdr, expected);
        for (Cycle c : expected) {
            double scale = sgdr.cycleScale(c.index()).orElseThrow();
            assertThat(scale).isEqualTo(sgdr.magnitude(c.index()));
            assertThat(sgdr.at(c.start())).isEqualTo(sgdr.at(0) * scale);
        }
        assertThat(expected.get(expected.size() - 1).endless()).isTrue();
    }
}
