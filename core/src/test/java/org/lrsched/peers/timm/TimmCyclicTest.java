package org.lrsched.peers.timm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lrsched.Schedule;
import org.lrsched.schedule.Cycle;
import org.lrsched.schedule.Cyclic;
import org.lrsched.testing.CycleChecks;

/**
 * timm's cycles in the schedule's steps: against the exact integer starts for a whole cycle_mul, against the values
 * (a restart jumps up, a cycle only goes down) for any other; the warm-up in cycle 0 with warmup_prefix; the steps
 * at lr_min for ever as one last cycle.
 */
class TimmCyclicTest {
    private static final String[] TYPES = {"timm.CosineLRScheduler(", "timm.TanhLRScheduler(",
        "timm.PolyLRScheduler(power=2.0, "};

    private static Cyclic timm(String type, String args) {
        return (Cyclic) Schedule.parse(type + "lr=1.0, lr_min=0.0, " + args + ")");
    }

    /** Exact cycles of a whole cycle_mul, cycle 0 from step 0, the others shifted by {@code base}; then the tail. */
    private static List<Cycle> wholeCycles(long tInitial, long mul, long limit, long base) {
        List<Long> indices = new ArrayList<>();
        List<BigInteger> starts = new ArrayList<>();
        BigInteger start = BigInteger.ZERO;
        BigInteger length = BigInteger.valueOf(tInitial);
        long i = 0;
        for (; i < limit && start.bitLength() < 64; i++) {
            indices.add(i);
            starts.add(i == 0 ? BigInteger.ZERO : start.add(BigInteger.valueOf(base)));
            start = start.add(length);
            length = length.multiply(BigInteger.valueOf(mul));
        }
        BigInteger end = start.add(BigInteger.valueOf(base));
        List<Cycle> cycles = new ArrayList<>(CycleChecks.between(indices, starts, end));
        if (i == limit && end.bitLength() < 64) {
            cycles.add(Cycle.endlessFrom(limit, limit == 0 ? 0 : end.longValueExact()));
        }
        return cycles;
    }

    @Test
    void wholeCycleMulsGiveTheExactIntegerCyclesWithTheWarmUpInCycleZero() {
        for (String type : TYPES) {
            for (long tInitial : new long[] {1, 3, 1000}) {
                for (long mul : new long[] {1, 2, 3}) {
                    for (long limit : new long[] {0, 1, 4, 1000}) {
                        if (mul == 1 && limit == 1000) {
                            continue; // the far steps of equal cycles: below
                        }
                        for (String warmup : new String[] {"", "warmup_t=5, warmup_prefix=True, ",
                            "warmup_t=5, warmup_prefix=False, "}) {
                            String args = warmup + "t_initial=" + tInitial + ", cycle_mul=" + mul + ".0, cycle_limit="
                                    + limit;
                            long base = warmup.contains("True") ? 5 : 0;
                            CycleChecks.matches(timm(type, args), wholeCycles(tInitial, mul, limit, base));
                        }
                    }
                }
            }
        }
    }

    @Test
    void equalCyclesReachTheLastLong() {
        Cyclic s = timm(TYPES[0], "t_initial=1000, cycle_limit=" + Long.MAX_VALUE);
        long lastK = Long.MAX_VALUE / 1000;
        CycleChecks.matches(s, List.of(new Cycle(lastK - 1, (lastK - 1) * 1000, 1000),
                new Cycle(lastK, lastK * 1000, 1000)));
        assertThat(s.cycleOf(Long.MAX_VALUE).endless()).isTrue();
        // a prefix warm-up shifts them: the last one ends past 2^63 - 1
        Cyclic shifted = timm(TYPES[0], "t_initial=2, cycle_limit=" + Long.MAX_VALUE + ", warmup_t=1,"
                + " warmup_prefix=True");
        assertThat(shifted.cycleOf(Long.MAX_VALUE)).isEqualTo(new Cycle(Long.MAX_VALUE / 2, Long.MAX_VALUE, 2));
        assertThat(shifted.cycleOf(Long.MAX_VALUE - 1)).isEqualTo(new Cycle(Long.MAX_VALUE / 2 - 1,
                Long.MAX_VALUE - 2, 2));
    }

    @Test
    void otherCycleMulsRestartWhereTheValueJumpsUp() {
        for (String type : TYPES) {
            for (double mul : new double[] {1.5, 1.1, 0.9, 0.5, 2.5}) {
                for (long tInitial : new long[] {4, 10, 100}) {
                    Cyclic s = timm(type, "t_initial=" + tInitial + ", cycle_mul=" + mul + ", cycle_limit=200");
                    List<Cycle> walked = CycleChecks.walk(s, 201);
                    for (int k = 1; k < walked.size(); k++) {
                        Cycle c = walked.get(k);
                        Cycle before = walked.get(k - 1);
                        String what = type + " mul=" + mul + " t_initial=" + tInitial + " " + c;
                        if (c.index() == 200 || mul < 1 && c.endless()) { // lr_min for ever
                            assertThat(s.at(c.start())).as(what).isEqualTo(0.0);
                            assertThat(s.cycleScale(c.index())).as(what).isEmpty();
                            continue;
                        }
                        assertThat(c.index()).as(what).isGreaterThan(before.index());
                        if (c.length() >= 4 && before.length() >= 4) {
                            assertThat(s.at(c.start())).as(what).isGreaterThan(0.5);
                            assertThat(s.at(c.start() - 1)).as(what).isLessThan(0.5);
                        }
                        if (c.length() >= 2 && !c.endless()) { // within a cycle the value never rises
                            assertThat(s.at(c.start() + 1)).as(what).isLessThanOrEqualTo(s.at(c.start()));
                            assertThat(s.at(c.end() - 1)).as(what).isLessThanOrEqualTo(s.at(c.end() - 2));
                        }
                    }
                }
            }
        }
    }

    @Test
    void theLastCycleIsLrMinForEverAndHasNoScale() {
        Cyclic s = timm(TYPES[0], "t_initial=10, cycle_mul=2, cycle_decay=0.5, cycle_limit=3, warmup_t=5,"
                + " warmup_prefix=True");
        assertThat(CycleChecks.walk(s, 10)).containsExactly(new Cycle(0, 0, 15), new Cycle(1, 15, 20),
                new Cycle(2, 35, 40), Cycle.endlessFrom(3, 75));
        assertThat(s.at(75)).isEqualTo(0.0);
        assertThat(s.at(74)).isGreaterThan(0.0);
        assertThat(s.cycleScale(2)).hasValue(0.25);
        assertThat(s.cycleScale(3)).isEmpty();
        assertThat(timm(TYPES[1], "t_initial=10, cycle_limit=0").cycleOf(7)).isEqualTo(Cycle.endlessFrom(0, 0));
    }
}
