package org.lrsched.peers.optax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lrsched.Schedule;
import org.lrsched.schedule.Cycle;
import org.lrsched.testing.CycleChecks;

/** sgdr_schedule's cycles are its parts, warm-ups included, one after another; the last never ends. */
class SgdrCyclesTest {

    private static Schedule part(double peak, long warmup, long decay) {
        return new WarmupCosineDecaySchedule(0.0, peak, warmup, decay, 0.0, 1.0);
    }

    @Test
    void eachPartIsACycleFromTheSumOfTheDecayStepsBeforeIt() {
        List<Schedule> parts = List.of(part(1.0, 100, 1000), part(0.5, 0, 1), part(0.25, 10, 2000),
                part(0.1, 0, 1L << 62), part(0.05, 3, (1L << 62) - 3003), part(0.01, 0, 1)); // in all 2^63 - 1
        SgdrSchedule s = new SgdrSchedule(parts);
        List<Cycle> expected = new ArrayList<>();
        long start = 0;
        for (int i = 0; i < parts.size(); i++) {
            long decay = ((WarmupCosineDecaySchedule) parts.get(i)).decaySteps();
            expected.add(i + 1 < parts.size() ? new Cycle(i, start, decay) : Cycle.endlessFrom(i, start));
            assertThat(s.at(start)).isEqualTo(parts.get(i).at(0)); // the part's own step 0
            if (i > 0) {
                assertThat(s.at(start - 1)).isEqualTo(parts.get(i - 1).at(expected.get(i - 1).length() - 1));
            }
            start += decay;
        }
        CycleChecks.matches(s, expected);
        assertThat(expected.get(5).start()).isEqualTo(Long.MAX_VALUE - 1);
        assertThat(s.cycleScale(2)).isEmpty();
    }

    @Test
    void aSinglePartIsOneCycleThatNeverEnds() {
        SgdrSchedule s = new SgdrSchedule(List.of(part(1.0, 10, 100)));
        assertThat(s.cycleOf(0)).isEqualTo(Cycle.endlessFrom(0, 0));
        assertThat(s.cycleOf(Long.MAX_VALUE)).isEqualTo(Cycle.endlessFrom(0, 0));
        SgdrSchedule two = new SgdrSchedule(List.of(part(1.0, 0, Long.MAX_VALUE - 1), part(0.5, 0, 1)));
        assertThat(two.cycleOf(Long.MAX_VALUE - 2)).isEqualTo(new Cycle(0, 0, Long.MAX_VALUE - 1));
        assertThat(two.cycleOf(Long.MAX_VALUE - 1)).isEqualTo(Cycle.endlessFrom(1, Long.MAX_VALUE - 1));
    }
}
