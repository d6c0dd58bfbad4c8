package org.lrsched.peers.timm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.lrsched.Schedule;
import org.lrsched.formula.Formula;
import org.lrsched.formula.MulDiv;
import org.lrsched.formula.MxnetCosine;
import org.lrsched.formula.PowerCosine;
import org.lrsched.internal.ExactInts;
import org.lrsched.plan.PieceSink;
import org.lrsched.plan.Plans;
import org.lrsched.table.Kernels;
import org.lrsched.table.Tables;

/**
 * The timm schedules against independent ports of timm's formulas over exactly walked cycles, their plans, and
 * the decisions the notes took where timm's own code raises or rounds.
 */
class TimmSchedulesTest {

    /** What a plan emitted, piece by piece. */
    private record Emitted(String kind, long count, long y0, Formula formula, double value) {}

    private static List<Emitted> plan(Schedule s, long first, long count) {
        List<Emitted> out = new ArrayList<>();
        Plans.plan(s, first, count, new PieceSink() {
            @Override
            public void constant(long n, double value) {
                out.add(new Emitted("constant", n, 0, null, value));
            }

            @Override
            public void piece(long n, long y0, int direction, Formula formula) {
                out.add(new Emitted("piece", n, y0, formula, Double.NaN));
            }

            @Override
            public void repeat(long n, long period) {
                out.add(new Emitted("repeat", n, period, null, Double.NaN));
            }

            @Override
            public void perStep(long n, long firstStep, LongToDoubleFunction values) {
                out.add(new Emitted("perStep", n, firstStep, null, Double.NaN));
            }
        });
        return out;
    }

    @Test
    void theIssue13WorkloadIsOnePiecePerPhase() {
        long n = 10_000_000;
        Schedule s = Schedule.parse("timm.CosineLRScheduler(lr=0.1, t_initial=" + n / 10 + ", cycle_mul=2,"
                + " cycle_decay=0.5, lr_min=1e-5, warmup_t=" + n / 100 + ", warmup_lr_init=1e-6)");
        List<Emitted> p = plan(s, 0, n);
        assertThat(p).hasSize(3);
        assertThat(p.get(0).formula()).isInstanceOf(MulDiv.class);
        assertThat(p.get(0).count()).isEqualTo(n / 100);
        assertThat(p.get(1).formula()).isInstanceOf(MxnetCosine.class); // no prefix: cycle 0 from t = warmup_t
        assertThat(p.get(1).y0()).isEqualTo(n / 100);
        assertThat(p.get(1).count()).isEqualTo(n / 10 - n / 100);
        assertThat(p.get(2)).isEqualTo(new Emitted("constant", n - n / 10, 0, null, 1e-5)); // cycle_limit=1
        // with more cycles: one piece per cycle, found by the exact lookup, wherever the range starts
        Schedule cycles = Schedule.parse("timm.CosineLRScheduler(lr=0.1, t_initial=" + n / 10 + ", cycle_mul=2,"
                + " cycle_decay=0.5, lr_min=1e-5, cycle_limit=60, warmup_t=" + n / 100 + ", warmup_lr_init=1e-6)");
        List<Emitted> q = plan(cycles, 0, 150 * n);
        assertThat(q).extracting(Emitted::kind).containsOnly("piece");
        assertThat(q).hasSize(1 + 11); // the warm-up, then cycles 0..10 (cycle 10 ends at 2047 * t_initial)
        List<Emitted> far = plan(cycles, (1L << 62) - 5, 10);
        assertThat(far).hasSize(1);
        assertThat(far.get(0).kind()).isEqualTo("piece");
    }

    /** timm's cosine in timm's order, over cycles walked one by one in exact integers. */
    private static double walkedCosine(double lr, long tInitial, long mul, double decay, long limit, double lrMin,
            long t) {
        BigInteger start = BigInteger.ZERO;
        BigInteger length = BigInteger.valueOf(tInitial);
        long i = 0;
        if (mul == 1) { // equal cycles: the walk's result in one division
            i = t / tInitial;
            start = BigInteger.valueOf(i * tInitial);
        }
        while (mul > 1 && start.add(length).compareTo(BigInteger.valueOf(t)) <= 0) {
            start = start.add(length);
            length = length.multiply(BigInteger.valueOf(mul));
            i++;
        }
        if (i >= limit) {
            return lrMin;
        }
        double lrMax = lr * StrictMath.pow(decay, i);
        double tCurr = BigInteger.valueOf(t).subtract(start).longValueExact();
        double tI = length.doubleValue();
        return lrMin + 0.5 * (lrMax - lrMin) * (1 + StrictMath.cos(Math.PI * tCurr / tI));
    }

    @Test
    void wholeCyclesAreExactAtEveryStartToTheLastLong() {
        for (long mul : new long[] {1, 2, 3, 5, 10}) {
            for (long tInitial : new long[] {1, 2, 3, 7, 10, 1000, 1L << 40}) {
                for (String written : new String[] {String.valueOf(mul), mul + ".0"}) {
                    Schedule s = Schedule.parse("timm.CosineLRScheduler(lr=1.0, t_initial=" + tInitial
                            + ", cycle_mul=" + written + ", cycle_decay=0.9, lr_min=0.001, cycle_limit=1000)");
                    List<Long> steps = new ArrayList<>(List.of(0L, 1L, Long.MAX_VALUE - 1, Long.MAX_VALUE));
                    BigInteger start = BigInteger.ZERO;
                    BigInteger length = BigInteger.valueOf(tInitial);
                    for (int i = 0; i < 70 && start.bitLength() < 63; i++) {
                        long st = start.longValueExact();
                        for (long d = -1; d <= 1; d++) {
                            if (st + d >= 0) {
                                steps.add(st + d);
                            }
                        }
                        start = start.add(length);
                        length = length.multiply(BigInteger.valueOf(mul));
                        if (mul == 1 && i > 20) {
                            break;
                        }
                    }
                    for (long t : steps) {
                        double want = walkedCosine(1.0, tInitial, mul, 0.9, 1000, 0.001, t);
                        assertThat(s.at(t)).as("%s at %s", s, t).isEqualTo(want);
                    }
                }
            }
        }
    }

    @Test
    void randomStepsMatchTheWalkedCycles() {
        SplittableRandom r = new SplittableRandom(13);
        for (int n = 0; n < 3000; n++) {
            long mul = 2 + r.nextInt(9);
            long tInitial = 1 + r.nextLong(1L << r.nextInt(1, 40));
            long t = r.nextLong(Long.MAX_VALUE) >>> r.nextInt(63);
            Schedule s = new CosineLRScheduler(0.5, tInitial, 1e-4, mul, 0.75, 100, SchedulerOptions.defaults(false),
                    1.0);
            assertThat(s.at(t)).as("%s at %s", s, t).isEqualTo(walkedCosine(0.5, tInitial, mul, 0.75, 100, 1e-4, t));
        }
    }

    @Test
    void theHalfOrderOfMxnetCosineIsTimmsForEveryNormalRange() {
        // c + (r * w) / 2 == c + (0.5 * r) * w while |r| >= 2^-968: what lets a whole cycle reuse MxnetCosine
        SplittableRandom rnd = new SplittableRandom(17);
        for (int n = 0; n < 1_000_000; n++) {
            double r = Math.scalb(1 + rnd.nextDouble(), rnd.nextInt(-968, 1000)) * (rnd.nextBoolean() ? 1 : -1);
            double c = rnd.nextBoolean() ? 0 : Math.scalb(rnd.nextDouble(), rnd.nextInt(-1000, 1000));
            double w = 1 + StrictMath.cos(rnd.nextDouble() * Math.PI * (rnd.nextInt(8) == 0 ? 1 : 0.9999999));
            assertThat(Double.doubleToRawLongBits(c + (r * w) / 2))
                    .isEqualTo(Double.doubleToRawLongBits(c + 0.5 * r * w));
        }
        // below it the schedule keeps timm's own order
        Schedule tiny = Schedule.parse("timm.CosineLRScheduler(lr=1e-300, t_initial=10, cycle_decay=1e-3,"
                + " cycle_limit=5)");
        assertThat(plan(tiny, 30, 10).get(0).formula()).isInstanceOf(PowerCosine.class);
        double lrMax = 1e-300 * StrictMath.pow(1e-3, 3); // subnormal
        assertThat(tiny.at(33)).isEqualTo(0.0 + 0.5 * (lrMax - 0.0) * (1 + StrictMath.cos(Math.PI * 3 / 10)));
    }

    @Test
    void decimalStartsOfFloatCyclesAreFoundWhereTimmsLogarithmMissesThem() {
        // t_initial 10, cycle_mul 0.9: cycle 1 starts at 10 + 9 = 19; timm's log puts 19 at the end of cycle 0
        Schedule s = Schedule.parse("timm.CosineLRScheduler(lr=1.0, t_initial=10, cycle_mul=0.9,"
                + " cycle_limit=1000)");
        assertThat(s.at(10)).isEqualTo(1.0);
        assertThat(s.at(19)).isEqualTo(1.0); // a snapped start: t_curr 0 although 19 - timm's offset is < 0
        assertThat(s.at(18)).isLessThan(0.04); // t_curr 8 of 9
        // t_initial 100, cycle_mul 1.2: cycle 2 starts at 100 + 120 = 220, timm's offset is 220.00000000000003, so
        // its t_curr at 220 is negative; the plan emits that step as a constant, then the formula from 221 on
        Schedule above = Schedule.parse("timm.CosineLRScheduler(lr=1.0, t_initial=100, cycle_mul=1.2,"
                + " cycle_limit=1000)");
        assertThat(above.at(220)).isEqualTo(1.0);
        assertThat(above.at(219)).isLessThan(0.001);
        List<Emitted> p = plan(above, 218, 4);
        assertThat(p).extracting(Emitted::kind).containsExactly("piece", "constant", "piece");
        assertThat(p.get(1).count()).isEqualTo(1);
        assertThat(p.get(1).value()).isEqualTo(1.0);
        double[] table = new double[200];
        Tables.fill(s, 0, table, 0, table.length, Kernels.preferred());
        for (int t = 0; t < table.length; t++) {
            assertThat(table[t]).as("at %s", t).isEqualTo(s.at(t));
        }
        // shrinking cycles end at t_initial / (1 - cycle_mul) = 100: lr_min from there, where timm raises
        assertThat(s.at(99)).isBetween(0.0, 1.0);
        assertThat(s.at(100)).isEqualTo(0.0);
        assertThat(s.at(Long.MAX_VALUE)).isEqualTo(0.0);
    }

    @Test
    void anOverflowingDecayInsideTheLimitRaisesAndPastItIsLrMin() {
        Schedule past = Schedule.parse("timm.CosineLRScheduler(lr=0.1, t_initial=1, cycle_decay=2.0)");
        assertThat(past.at(1024)).isEqualTo(0.0); // timm: OverflowError computing 2.0 ** 1024 before its limit test
        Schedule inside = Schedule.parse("timm.CosineLRScheduler(lr=0.1, t_initial=1, cycle_decay=2.0,"
                + " cycle_limit=2000)");
        assertThat(inside.at(1023)).isEqualTo(0.1 * 0x1p1023); // t_initial 1: every step starts a cycle
        assertThatThrownBy(() -> inside.at(1024)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("1024").hasMessageContaining("cycle_decay");
        double[] table = new double[2000];
        assertThatThrownBy(() -> Tables.fill(inside, 0, table, 0, table.length, Kernels.preferred()))
                .isInstanceOf(ArithmeticException.class);
        Schedule step = Schedule.parse("timm.StepLRScheduler(lr=0.1, decay_t=1, decay_rate=2)");
        assertThat(step.at(1023)).isEqualTo(0.1 * 0x1p1023);
        assertThatThrownBy(() -> step.at(1024)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("decay_rate");
    }

    @Test
    void theTanhWarmUpClimbsToTheFormulasValueAtWarmupT() {
        TanhLRScheduler s = (TanhLRScheduler) Schedule.parse("timm.TanhLRScheduler(lr=0.1, t_initial=100,"
                + " warmup_t=5, warmup_lr_init=0.001)");
        TanhLRScheduler bare = (TanhLRScheduler) Schedule.parse("timm.TanhLRScheduler(lr=0.1, t_initial=100)");
        double step = (bare.at(5) - 0.001) / 5;
        for (int t = 0; t < 5; t++) {
            assertThat(s.at(t)).isEqualTo(0.001 + t * step);
        }
        assertThat(s.at(5)).isEqualTo(bare.at(5)); // no prefix: the formula at t itself
    }

    @Test
    void inertOptionsChangeNothing() {
        Schedule plain = Schedule.parse("timm.CosineLRScheduler(lr=0.1, t_initial=100, warmup_t=3)");
        Schedule noisy = Schedule.parse("timm.CosineLRScheduler(lr=0.1, t_initial=100, warmup_t=3, noise_pct=0.1,"
                + " noise_std=2.0, noise_seed=7, t_in_epochs=False, noise_range_t=None)");
        for (long t : new long[] {0, 1, 2, 3, 50, 99, 100, 1000}) {
            assertThat(noisy.at(t)).isEqualTo(plain.at(t));
        }
        assertThat(noisy.toString()).contains("noise_seed=7").doesNotContain("noise_range_t");
        assertThat(Schedule.parse(noisy.toString())).isEqualTo(noisy);
    }

    @Test
    void integerKDecayUsesExactPowersAndAFloatOneCallsPow() {
        long tInitial = 1L << 40;
        Schedule whole = Schedule.parse("timm.CosineLRScheduler(lr=0.1, t_initial=" + tInitial + ", k_decay=2)");
        Schedule real = Schedule.parse("timm.CosineLRScheduler(lr=0.1, t_initial=" + tInitial + ", k_decay=2.0)");
        long t = 300_000_000_001L;
        double a = ExactInts.powerToDouble(t, 2);
        double b = ExactInts.powerToDouble(tInitial, 2);
        assertThat(whole.at(t)).isEqualTo(0.0 + 0.5 * (0.1 - 0.0) * (1 + StrictMath.cos(Math.PI * a / b)));
        double pa = StrictMath.pow(t, 2.0);
        double pb = StrictMath.pow(tInitial, 2.0);
        assertThat(real.at(t)).isEqualTo(0.0 + 0.5 * (0.1 - 0.0) * (1 + StrictMath.cos(Math.PI * pa / pb)));
        Schedule cube = Schedule.parse("timm.CosineLRScheduler(lr=0.1, t_initial=" + tInitial + ", k_decay=3)");
        double a3 = BigInteger.valueOf(t).pow(3).doubleValue();
        double b3 = BigInteger.valueOf(tInitial).pow(3).doubleValue();
        assertThat(cube.at(t)).isEqualTo(0.0 + 0.5 * (0.1 - 0.0) * (1 + StrictMath.cos(Math.PI * a3 / b3)));
        // Poly's int k_decay: the quotient of the exact powers, rounded once
        Schedule poly = Schedule.parse("timm.PolyLRScheduler(lr=0.1, t_initial=1073741824, k_decay=2)");
        long u = 1_000_000_007L;
        double q = ExactInts.trueDivide(BigInteger.valueOf(u).pow(2), BigInteger.valueOf(1073741824L).pow(2));
        assertThat(poly.at(u)).isEqualTo(0.0 + (0.1 - 0.0) * StrictMath.pow(1 - q, 0.5));
    }

    @Test
    void stepLevelsOfAFloatDecayAreExactFloors() {
        Schedule s = Schedule.parse("timm.StepLRScheduler(lr=1.0, decay_t=2.4, decay_rate=0.5)");
        long[] levels = {0, 0, 0, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5};
        for (int t = 0; t < levels.length; t++) {
            assertThat(s.at(t)).as("at %s", t).isEqualTo(StrictMath.pow(0.5, (double) levels[t]));
        }
        // 0.1 is a little above 1/10: t = 10^k is still below (10^k) * 0.1's level boundary
        Schedule tenth = Schedule.parse("timm.StepLRScheduler(lr=1.0, decay_t=0.1, decay_rate=0.9999999)");
        assertThat(tenth.at(1)).isEqualTo(StrictMath.pow(0.9999999, 9.0)); // 1 // 0.1 == 9.0 in Python
        assertThat(tenth.at(3)).isEqualTo(StrictMath.pow(0.9999999, 29.0)); // 3 // 0.1 == 29.0
        Schedule multi = Schedule.parse("timm.MultiStepLRScheduler(lr=1.0, decay_t=[0, 5, 5], decay_rate=0.5)");
        assertThat(multi.at(0)).isEqualTo(0.5); // milestone 0 decays from the start
        assertThat(multi.at(3)).isEqualTo(0.5);
        assertThat(multi.at(4)).isEqualTo(0.125); // one step before milestone 5, twice
        assertThat(multi.at(Long.MAX_VALUE)).isEqualTo(0.125);
    }
}
