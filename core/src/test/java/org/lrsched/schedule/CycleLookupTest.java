package org.lrsched.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The closed-form cycle lookup against the tutorial's recurrence: every step 0..10^6 of a grid of first lengths
 * and decays, every cycle boundary up to 2^62, the steps where peers' log formulas fail, and the last longs.
 */
class CycleLookupTest {
    static final long[] WHOLE_FIRST_LENGTHS = {1, 2, 3, 7, 100, 250, 1000};
    static final double[] DECAYS = {0.3, 0.5, 0.9, 1, 1.0000001, 1.01, 1.1, 1.5, 2, 3, 10};

    static List<double[]> grid() {
        List<double[]> grid = new ArrayList<>();
        for (long l0 : WHOLE_FIRST_LENGTHS) {
            for (double d : DECAYS) {
                grid.add(new double[] {l0, d});
            }
        }
        return grid;
    }

    static CyclicalSchedule cyclical(long firstLength, double decay) {
        return new CyclicalSchedule(new TriangularShape(0.5, 2, 0.5), CycleLength.of(firstLength),
                decay, 1);
    }

    /** The boundaries, computed by the recurrence itself (no lookup): start and length of cycles in order. */
    static final class Recurrence {
        final CyclicalSchedule schedule;
        long index;
        long start;
        long length;
        boolean endless;

        Recurrence(CyclicalSchedule schedule, long firstLength) {
            this.schedule = schedule;
            this.length = firstLength;
        }

        void advance() {
            start += length;
            length = schedule.lengths().next(length);
            index++;
            endless = start > Long.MAX_VALUE - length;
        }

        Cycle cycle() {
            return new Cycle(index, start, length);
        }
    }

    @ParameterizedTest(name = "L0={0}")
    @MethodSource("grid")
    void everyStepToAMillionMatchesTheRecurrence(double[] p) {
        long l0 = (long) p[0];
        CyclicalSchedule s = cyclical(l0, p[1]);
        Recurrence r = new Recurrence(s, l0);
        for (long step = 0; step <= 1_000_000; step++) {
            while (step >= r.start + r.length) {
                r.advance();
            }
            Cycle c = s.cycleOf(step);
            if (c.index() != r.index || c.start() != r.start || c.length() != r.length) {
                assertThat(c).as("L0=%d d=%s step %d", l0, p[1], step).isEqualTo(r.cycle());
            }
        }
    }

    @Tag("exhaustive")
    @ParameterizedTest(name = "L0={0}")
    @MethodSource("grid")
    void everyBoundaryTo2e62MatchesTheRecurrence(double[] p) {
        long l0 = (long) p[0];
        CyclicalSchedule s = cyclical(l0, p[1]);
        Recurrence r = new Recurrence(s, l0);
        long limit = 1L << 62;
        long walked = 0;
        while (r.start <= limit && !r.endless && walked++ < 20_000_000) {
            checkBoundary(s, r);
            long previousLength = r.length;
            r.advance();
            if (r.length == previousLength && r.length == s.lengths().next(r.length)) {
                checkFixedLengthTail(s, r, limit);
                return;
            }
        }
        if (r.start <= limit && !r.endless) { // lengths still growing slowly: sample the rest
            for (long step = r.start; step > 0 && step <= limit; step += step / 3) {
                assertThat(s.cycleOf(step).start()).isLessThanOrEqualTo(step);
            }
        }
    }

    /** After the lengths settle, boundaries are an arithmetic sequence: check a spread of them up to the limit. */
    private static void checkFixedLengthTail(CyclicalSchedule s, Recurrence r, long limit) {
        SplittableRandom random = new SplittableRandom(r.start ^ r.length);
        long cycles = (limit - r.start) / r.length;
        for (int i = 0; i < 2000; i++) {
            long k = i < 1000 ? i : random.nextLong(cycles + 1);
            long start = r.start + k * r.length;
            Cycle expected = new Cycle(r.index + k, start, r.length);
            for (long step = start; step <= start + 1 && step < start + r.length; step++) {
                assertThat(s.cycleOf(step)).isEqualTo(expected);
            }
            if (start > 0) {
                assertThat(s.cycleOf(start - 1)).isEqualTo(new Cycle(r.index + k - 1, start - r.length, r.length));
            }
        }
    }

    private static void checkBoundary(CyclicalSchedule s, Recurrence r) {
        Cycle expected = r.cycle();
        assertThat(s.cycleOf(r.start)).isEqualTo(expected);
        if (r.length > 1) {
            assertThat(s.cycleOf(r.start + 1)).isEqualTo(expected);
        }
        if (r.start > 0) {
            assertThat(s.cycleOf(r.start - 1).end()).isEqualTo(r.start);
        }
    }

    @Tag("exhaustive")
    @Test
    void tutorialLoopAgreesAtSampledSteps() {
        SplittableRandom random = new SplittableRandom(42);
        for (double[] p : grid()) {
            CyclicalSchedule s = cyclical((long) p[0], p[1]);
            for (int i = 0; i < 300; i++) {
                long step = random.nextLong(3_000_000);
                assertThat(Double.doubleToRawLongBits(s.at(step)))
                        .as("L0=%s d=%s step %d", p[0], p[1], step)
                        .isEqualTo(Double.doubleToRawLongBits(CyclicalLoop.at(s, step)));
            }
        }
    }

    /** PyTorch/timm/Keras invert the geometric sum with log: T_0=1, T_mult=3 misses the restart at 121. */
    @Test
    void stepsWhereLogFormulasFail() {
        CyclicalSchedule s = cyclical(1, 3);
        assertThat(s.cycleOf(120)).isEqualTo(new Cycle(4, 40, 81));
        assertThat(s.cycleOf(121)).isEqualTo(new Cycle(5, 121, 243));
        // every restart up to 2^62: (3^k - 1) / 2 while 3^k is exact in a double, then the reference's rounded
        // products (ceil(5559060566555523 * 3.0) is 16677181699666568, not ...569)
        long length = 1;
        long start = 0;
        for (int k = 0; start <= (1L << 62); k++) {
            assertThat(s.cycleOf(start)).isEqualTo(new Cycle(k, start, length));
            assertThat(s.cycleOf(start - 1 + (k == 0 ? 1 : 0)).index()).isEqualTo(k == 0 ? 0 : k - 1);
            start += length;
            length = s.lengths().next(length);
        }
        assertThat(s.lengths().next(5559060566555523L)).isEqualTo(16677181699666568L);
    }

    @Test
    void lastLongsAreAnsweredWithoutOverflow() {
        for (double[] p : grid()) {
            CyclicalSchedule s = cyclical((long) p[0], p[1]);
            for (long step = Long.MAX_VALUE - 3; step > 0; step++) { // stops after MAX_VALUE wraps
                Cycle c = s.cycleOf(step);
                assertThat(c.start()).isLessThanOrEqualTo(step);
                assertThat(c.endless() || c.end() > step).isTrue();
                assertThat(s.at(step)).isFinite();
            }
        }
    }

    @Test
    void aCycleThatWouldEndPastTheLastLongNeverEnds() {
        CyclicalSchedule s = cyclical(1L << 61, 2);
        long thirdStart = (1L << 61) + (1L << 62);
        assertThat(s.cycleOf(thirdStart - 1)).isEqualTo(new Cycle(1, 1L << 61, 1L << 62));
        assertThat(s.cycleOf(thirdStart)).matches(c -> c.index() == 2 && c.start() == thirdStart && c.endless());
        assertThat(s.cycleOf(Long.MAX_VALUE)).matches(c -> c.index() == 2 && c.endless());
        // a cycle may end exactly on the last long: the next one starts there
        CyclicalSchedule ones = cyclical(1, 1);
        assertThat(ones.cycleOf(Long.MAX_VALUE)).isEqualTo(new Cycle(Long.MAX_VALUE, Long.MAX_VALUE, 1));
    }

    /** Far steps with a real first length: the binade-crossing table against the literal float loop. */
    @Test
    void realFirstLengthMatchesTheFloatLoopAtFarSteps() {
        SplittableRandom random = new SplittableRandom(3);
        for (double l0 : new double[] {100.3, 0.3, 7.77, 100.5, 1e-3}) {
            for (double d : new double[] {0.9, 1, 1.0000001, 1.1, 2}) {
                CyclicalSchedule s = new CyclicalSchedule(new TriangularShape(0.01, 2, 0.3),
                        CycleLength.of(l0), d, 0.999);
                long limit = d >= 1.1 ? Long.MAX_VALUE / 2 : 2_000_000L;
                for (int i = 0; i < 200; i++) {
                    long step = i < 100 ? random.nextLong(limit) : (long) Math.pow(2, 10 + random.nextInt(50)) + i;
                    if (d < 1.1 && step > limit) {
                        continue;
                    }
                    assertThat(Double.doubleToRawLongBits(s.at(step))).as("L0=%s d=%s step %d", l0, d, step)
                            .isEqualTo(Double.doubleToRawLongBits(CyclicalLoop.at(s, step)));
                }
            }
        }
    }

    /**
     * Past 2^53 a settled length crosses each binade in one jump: the same as the literal float loop walked from
     * the last binade crossing (itself checked against the loop from step 0 below 2^53).
     */
    @Test
    void realFirstLengthPast2To53JumpsWhereTheFloatLoopWalks() {
        SplittableRandom random = new SplittableRandom(5);
        for (double l0 : new double[] {100.5, 100.3, 0x1p40 + 0.5, 0x1p44 + 0.75, 3e9 + 0.1}) {
            for (double d : new double[] {0.99, 1}) {
                CyclicalSchedule s = new CyclicalSchedule(new TriangularShape(0.01, 2, 0.3),
                        CycleLength.of(l0), d, 1);
                FloatCycleEnds.Found last = s.floatEnds().last();
                double settled = d < 1 ? 100 : Math.ceil(l0); // a reach the literal walk covers in 10^6 cycles
                long reach = (long) Math.min(Long.MAX_VALUE - (long) last.end(), 1e6 * settled);
                for (int i = 0; i < 60; i++) {
                    long step = (long) last.end() + random.nextLong(reach);
                    FloatCycleEnds.Found walked = CyclicalLoop.replayCycle(s, step, last);
                    assertThat(s.cycleOf(step)).as("L0=%s d=%s step %d", l0, d, step)
                            .isEqualTo(Cycle.between(walked.index(), walked.start(), walked.end()));
                    double want = s.shape().at((step - walked.end()) + walked.length(), walked.length());
                    assertThat(s.at(step)).as("L0=%s d=%s step %d", l0, d, step).isEqualTo(want);
                }
            }
        }
    }

    @Test
    void aFloatLoopThatWouldNeverEndThrows() {
        CyclicalSchedule s = new CyclicalSchedule(new TriangularShape(0.01, 2, 0.5),
                CycleLength.of(100.5), 1, 1);
        long start = System.nanoTime();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.at(1L << 62))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("never ends");
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
    }

    @Test
    void realFirstLengthMatchesTheFloatLoop() {
        for (double l0 : new double[] {100.5, 100.3, 0.5, 2.75}) {
            for (double d : new double[] {0.5, 0.9, 1, 1.1, 2}) {
                CyclicalSchedule s = new CyclicalSchedule(new CosineShape(0.01, 2),
                        CycleLength.of(l0), d, 0.5);
                for (long step = 0; step < 5000; step++) {
                    assertThat(Double.doubleToRawLongBits(s.at(step))).as("L0=%s d=%s step %d", l0, d, step)
                            .isEqualTo(Double.doubleToRawLongBits(CyclicalLoop.at(s, step)));
                }
            }
        }
    }
}
