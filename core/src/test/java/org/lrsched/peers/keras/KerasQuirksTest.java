package org.lrsched.peers.keras;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.lrsched.Schedule;

/** Keras' quirks we keep, and the exact restarts that replace its float logarithm. */
class KerasQuirksTest {
    private static final java.math.MathContext SIXTY = new java.math.MathContext(60);

    private static void assertBits(double actual, double expected, String what) {
        assertThat(Double.doubleToRawLongBits(actual)).as("%s: %s, expected %s", what, actual, expected)
                .isEqualTo(Double.doubleToRawLongBits(expected));
    }

    /**
     * Every cycle start {@code S_i} of {@code (fds, t)} below {@code limit}, walked exactly in decimal ({@code t} is a
     * binary fraction, so sums and products of it are exact decimals), against the lookup at {@code ceil(S_i)} and the
     * steps on either side.
     */
    private static void restartsAreExact(long fds, double t, long limit) {
        restartsAreExact(fds, t, limit, 0, 150);
    }

    /** As above, for cycles {@code from <= i < to}. */
    private static void restartsAreExact(long fds, double t, long limit, long from, long to) {
        RestartCycles cycles = new RestartCycles(fds, t);
        BigDecimal tt = new BigDecimal(t);
        BigDecimal start = BigDecimal.ZERO;
        BigDecimal length = BigDecimal.valueOf(fds);
        BigDecimal max = BigDecimal.valueOf(limit);
        for (long i = 0; start.compareTo(max) < 0 && i < to; i++) {
            BigDecimal next = start.add(length);
            long first = start.setScale(0, RoundingMode.CEILING).longValueExact();
            long end = next.min(max).setScale(0, RoundingMode.CEILING).longValueExact();
            if (first < end && i >= from) { // t < 1: cycles shorter than a step hold none
                // 60 digits decide the rounding unless a value lies within 1e-60 of a midpoint
                double offset = BigDecimal.valueOf(first).subtract(start).round(SIXTY).doubleValue();
                double rounded = length.round(SIXTY).doubleValue();
                for (long step : new long[] {first, first + 1, end - 1}) {
                    if (step >= first && step < end && !cycles.pastTheEnd(step)) {
                        RestartCycles.Cycle c = cycles.of(step);
                        assertThat(c.index()).as("fds=%s t_mul=%s step %s", fds, t, step).isEqualTo(i);
                        assertThat(c.start()).isEqualTo(first);
                        assertThat(c.offset()).isEqualTo(offset);
                        assertThat(c.length()).isEqualTo(rounded);
                    }
                }
            }
            start = next;
            length = length.multiply(tt);
        }
    }

    @Test
    void everyRestartIsFoundExactly() {
        for (long fds : new long[] {1, 3, 7, 10, 1000, 1_000_000_007}) {
            for (double t : new double[] {1.0, 2.0, 3.0, 10.0, 1.5, 1.1, 1.05, 0.5, 0.75, 0.9, 1.0000001, 1e10}) {
                restartsAreExact(fds, t, t < 1 ? (long) (fds / (1 - t)) + 2 : Long.MAX_VALUE);
            }
        }
    }

    @Test
    void cyclesPastTheWalkedTableAreFoundBySearch() {
        restartsAreExact(1, 1.01, Long.MAX_VALUE, RestartCycles.TABLE - 4, RestartCycles.TABLE + 40);
        restartsAreExact(3, 0.999, 3002, RestartCycles.TABLE - 4, RestartCycles.TABLE + 40);
    }

    @Test
    void theRestartsKerasLogarithmMissesAreRestarts() {
        // float32 Keras gives 0.0 at 32767 (fds=1) and 327670 (fds=10) with t_mul=2; binary64 Keras at 121 and
        // 29524 with t_mul=3, and at 333 with fds=3, t_mul=10: each is the first step of a cycle
        assertBits(Schedule.parse("keras.CosineDecayRestarts(initial_learning_rate=1.0, first_decay_steps=1)")
                .at(32767), 1.0, "fds=1, t_mul=2 at 2^15 - 1");
        assertBits(Schedule.parse("keras.CosineDecayRestarts(initial_learning_rate=1.0, first_decay_steps=10)")
                .at(327670), 1.0, "fds=10, t_mul=2 at 327670");
        Schedule three = Schedule.parse("keras.CosineDecayRestarts(initial_learning_rate=1.0, first_decay_steps=1,"
                + " t_mul=3.0)");
        assertBits(three.at(121), 1.0, "t_mul=3 at 121");
        assertBits(three.at(29524), 1.0, "t_mul=3 at 29524");
        assertBits(Schedule.parse("keras.CosineDecayRestarts(initial_learning_rate=1.0, first_decay_steps=3,"
                + " t_mul=10.0)").at(333), 1.0, "fds=3, t_mul=10 at 333");
        // with t_mul=2 and fds=1, cycle i starts at 2^i - 1: cycle 63 at 2^63 - 1, the last step
        Schedule two = Schedule.parse("keras.CosineDecayRestarts(initial_learning_rate=1.0, first_decay_steps=1)");
        assertBits(two.at((1L << 62) - 1), 1.0, "the restart of cycle 62");
        assertThat(two.at(Long.MAX_VALUE - 1)).isLessThan(1e-30);
        assertBits(two.at(Long.MAX_VALUE), 1.0, "the restart of cycle 63");
    }

    @Test
    void shrinkingCyclesEndWhereKerasLogIsNaN() {
        Schedule s = Schedule.parse("keras.CosineDecayRestarts(initial_learning_rate=1.0, first_decay_steps=10,"
                + " t_mul=0.5)");
        assertThat(s.at(19)).isFinite(); // cycle 4 (S_4 = 18.75)
        assertThatThrownBy(() -> s.at(20)).isInstanceOf(ArithmeticException.class).hasMessageContaining("20");
        assertThatThrownBy(() -> s.at(Long.MAX_VALUE)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void piecewiseSwitchesOneStepAfterEachBoundary() {
        // Keras' test: boundaries [1, 2, 3], values [.4, .5, .6, .7] give steps 0..4 = .4, .4, .5, .6, .7
        Schedule s = Schedule.parse("keras.PiecewiseConstantDecay(boundaries=[1, 2, 3], values=[0.4, 0.5, 0.6,"
                + " 0.7])");
        double[] expected = {0.4, 0.4, 0.5, 0.6, 0.7};
        for (int step = 0; step < expected.length; step++) {
            assertBits(s.at(step), expected[step], "at " + step);
        }
        // a boundary compared exactly: 2^53 + 1 is not a double, and the step 2^53 + 1 is still before the switch
        Schedule big = Schedule.parse("keras.PiecewiseConstantDecay(boundaries=[9007199254740993], values=[1.0,"
                + " 2.0])");
        assertBits(big.at(9007199254740993L), 1.0, "on the boundary");
        assertBits(big.at(9007199254740994L), 2.0, "one past it");
    }

    @Test
    void theCycledPolynomialDoesNotRestartAtTheInitialRate() {
        // Keras (binary64): lr0=0.05, ds=10, end=0.001, power 1: 0.001 at 10, 0.02305 at 11
        Schedule s = Schedule.parse("keras.PolynomialDecay(initial_learning_rate=0.05, decay_steps=10,"
                + " end_learning_rate=0.001, cycle=True)");
        assertThat(s.at(10)).isCloseTo(0.001, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(s.at(11)).isCloseTo(0.02305, org.assertj.core.data.Offset.offset(1e-15));
        // past 2^53 the exact cycle length keeps 1 - step / length >= 0: never NaN
        for (long step = Long.MAX_VALUE - 100; step < Long.MAX_VALUE; step++) {
            assertThat(s.at(step)).isFinite();
        }
    }
}
