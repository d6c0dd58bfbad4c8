package org.lrsched.peers.optax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lrsched.Schedule;
import org.lrsched.formula.IntPowPoly;

/**
 * What Optax's arithmetic does that a port could easily get wrong, each pinned to the bit: JAX's integer_pow,
 * Python's int arithmetic on the hyper-parameters, the exact stair index, the restarts of sgdr and the rules we
 * follow from Optax on purpose. Expected values were computed with CPython 3 (binary64), as noted at each.
 */
class OptaxSemanticsTest {

    private static void assertBits(double actual, double expected, String what) {
        assertThat(Double.doubleToRawLongBits(actual)).as("%s: %s, expected %s", what, actual, expected)
                .isEqualTo(Double.doubleToRawLongBits(expected));
    }

    @Test
    void anIntPowerMultipliesAndARealPowerCallsPow() {
        // Python: x = 1 - 6/7; (x*x)*x -> 0.0029154518950437343, math.pow(x, 3) -> 0.0029154518950437348
        double x = 1 - 6 / 7.0;
        assertBits(IntPowPoly.ipow(x, 3), 0.0029154518950437343, "ipow(x, 3)");
        assertThat(StrictMath.pow(x, 3)).isNotEqualTo(0.0029154518950437343);
        Schedule ints = Schedule.parse("optax.polynomial_schedule(init_value=1.0, end_value=0.0, power=3,"
                + " transition_steps=7)");
        Schedule reals = Schedule.parse("optax.polynomial_schedule(init_value=1.0, end_value=0.0, power=3.0,"
                + " transition_steps=7)");
        assertBits(ints.at(6), 0.0029154518950437343, "int power 3 at 6");
        assertBits(reals.at(6), StrictMath.pow(x, 3.0), "real power 3.0 at 6");
    }

    @Test
    void integerPowSquaresFromTheLowestBit() {
        double x = 0.7;
        assertBits(IntPowPoly.ipow(x, 5), x * ((x * x) * (x * x)), "x^5");
        assertBits(IntPowPoly.ipow(x, 7), (x * (x * x)) * ((x * x) * (x * x)), "x^7");
        assertBits(IntPowPoly.ipow(x, 1), x, "x^1");
        assertBits(IntPowPoly.ipow(x, -2), 1 / (x * x), "x^-2");
        assertBits(IntPowPoly.ipow(0.0, 0), 1.0, "0^0");
        assertBits(IntPowPoly.ipow(Double.NaN, 0), 1.0, "NaN^0");
        // |n| = 2^63, read unsigned: (-1)^(2^63) = 1, 2^-(2^63) = 1 / inf = 0
        assertBits(IntPowPoly.ipow(-1.0, Long.MIN_VALUE), 1.0, "(-1)^-(2^63)");
        assertBits(IntPowPoly.ipow(2.0, Long.MIN_VALUE), 0.0, "2^-(2^63)");
    }

    @Test
    void intHyperParametersDivideExactlyAsPythonDoes() {
        // Python: 1 / (2**53 + 1) -> 1.1102230246251564e-16, float(2**53 + 1) * that -> 0.9999999999999999
        // (1.0 / float(2**53 + 1) would be 2^-53 and the final value 1.0)
        Schedule s = Schedule.parse("optax.warmup_cosine_decay_schedule(init_value=0, peak_value=9007199254740993,"
                + " warmup_steps=0, decay_steps=10, end_value=1)");
        assertBits(s.at(10), 0.9999999999999999, "the final value peak * (end / peak)");
        assertBits(s.at(Long.MAX_VALUE), 0.9999999999999999, "held after decay_steps");
    }

    @ParameterizedTest
    @CsvSource({
        // Python: a / b for these ints
        "6278314744523580143, 8178487946830493815, 0.7676620403844564",
        "-7135090535216748403, 6796619034484074658, -1.0497999812870733",
        "807245392750664142, -4624032049778536635, -0.1745760808014569",
        "-1017601865735381429, -9125361901619617366, 0.11151359000400544",
        "4611686018427387907, 2305843009213693951, 2.0",
        "-9223372036854775808, 3, -3.0744573456182584E18",
        "7, 9223372036854775807, 7.589415207398531E-19",
        "9007199254740993, 1, 9.007199254740992E15",
        "0, -5, -0.0"})
    void intTrueDivisionIsCorrectlyRounded(long a, long b, double quotient) {
        assertBits(PyNum.trueDivide(a, b), quotient, a + " / " + b);
    }

    @Test
    void intDifferencesAreExact() {
        assertBits(PyNum.minus(Long.MAX_VALUE, Long.MIN_VALUE), 0x1p64, "2^63 - 1 - (-2^63)");
        assertBits(PyNum.minus(9007199254740993L, 1L), 9007199254740992.0, "2^53 + 1 - 1");
        assertBits(PyNum.minus(9007199254740993L, 1.0), 9007199254740991.0, "float(2^53 + 1) - 1.0");
        assertThat(PyNum.times(3L, 4L)).isEqualTo(12L);
        assertThat(PyNum.times(Long.MAX_VALUE, 2L)).isNull();
        assertThat(PyNum.times(0.3, 10L)).isEqualTo(3.0);
    }

    @Test
    void theStairIndexIsExactPast2To53() {
        // (2^53 + 1) // 3 = 3002399751580331, while floor(float(2^53 + 1) / 3.0) = 3002399751580330 (the x64 peer)
        double rate = 0.9999999999999991;
        Schedule s = Schedule.parse("optax.exponential_decay(init_value=1.0, transition_steps=3, decay_rate="
                + rate + ", staircase=True)");
        long step = (1L << 53) + 1;
        assertBits(s.at(step), 1.0 * StrictMath.pow(rate, 3002399751580331.0), "exact stair at 2^53 + 1");
        assertThat(Math.floor((double) step / 3.0)).isEqualTo(3002399751580330.0);
        assertThat(s.at(step)).isNotEqualTo(1.0 * StrictMath.pow(rate, 3002399751580330.0));
    }

    @Test
    void sgdrRestartsAtTheSumsOfDecaySteps() {
        Schedule s = Schedule.parse("optax.sgdr_schedule(cosine_kwargs=["
                + "optax.warmup_cosine_decay_schedule(init_value=0.0, peak_value=1.0, warmup_steps=2, decay_steps=5),"
                + "optax.warmup_cosine_decay_schedule(init_value=0.25, peak_value=0.5, warmup_steps=1,"
                + " decay_steps=3)])");
        assertBits(s.at(4), 1.0 * ((1 - 0.0) * (0.5 * (1 + StrictMath.cos(Math.PI * 2.0 / 3.0))) + 0.0), "step 4");
        assertBits(s.at(5), 0.25, "restart at 5: the second cycle's init_value");
        assertBits(s.at(6), 0.5, "peak at 6");
        assertBits(s.at(8), 0.0, "the last cycle holds its end");
        assertBits(s.at(Long.MAX_VALUE), 0.0, "for ever");
    }

    @Test
    void theRulesFollowedFromOptax() {
        // transition_steps <= 0: init_value for ever, never the end or peak value
        assertBits(Schedule.parse("optax.warmup_constant_schedule(init_value=0.0, peak_value=1.0, warmup_steps=0)")
                .at(1000), 0.0, "warm-up 0");
        // decay_rate 0: init_value, end_value ignored
        assertBits(Schedule.parse("optax.exponential_decay(init_value=0.5, transition_steps=2, decay_rate=0,"
                + " end_value=1.0)").at(10), 0.5, "decay_rate 0");
        // end_value clips before transition_begin too (decay_rate 1 is not < 1: an upper bound)
        assertBits(Schedule.parse("optax.exponential_decay(init_value=1.0, transition_steps=2, decay_rate=1.0,"
                + " transition_begin=3, end_value=0.1)").at(0), 0.1, "upper bound at 0");
        // a zero peak ignores end_value: alpha 0
        assertBits(Schedule.parse("optax.warmup_cosine_decay_schedule(init_value=0.2, peak_value=0, warmup_steps=2,"
                + " decay_steps=4, end_value=-3.0)").at(4), 0.0, "zero peak");
        // the flat part before transition_begin is the formula at count 0, not init_value
        assertBits(Schedule.parse("optax.linear_schedule(init_value=0.2, end_value=1.21, transition_steps=4,"
                + " transition_begin=3)").at(2), (0.2 - 1.21) * 1 + 1.21, "before transition_begin");
        // piecewise_constant applies a scale at its boundary
        Schedule pc = Schedule.parse("optax.piecewise_constant_schedule(init_value=1.0, boundaries_and_scales={5: 0.5})");
        assertBits(pc.at(4), 1.0, "before the boundary");
        assertBits(pc.at(5), 0.5, "at the boundary");
    }

    @Test
    void overflowRaisesAtTheStep() {
        Schedule growth = Schedule.parse("optax.exponential_decay(init_value=1.0, transition_steps=1, decay_rate=2.0)");
        assertThat(growth.at(1023)).isEqualTo(0x1p1023);
        assertThatThrownBy(() -> growth.at(1024)).isInstanceOf(ArithmeticException.class).hasMessageContaining("1024");
        // with an upper bound the overflow is harmless: min(inf, 1000) = 1000
        assertThat(Schedule.parse("optax.exponential_decay(init_value=1.0, transition_steps=1, decay_rate=2.0,"
                + " end_value=1000.0)").at(5000)).isEqualTo(1000.0);
    }

    @Test
    void joinIsOurSequence() {
        Schedule join = Schedule.parse("optax.join_schedules(schedules=[optax.constant_schedule(value=1.0),"
                + " optax.linear_schedule(init_value=1.0, end_value=0.0, transition_steps=4)], boundaries=[3])");
        Schedule sequence = Schedule.parse("sequence(schedules=[optax.constant_schedule(value=1.0),"
                + " optax.linear_schedule(init_value=1.0, end_value=0.0, transition_steps=4)], boundaries=[3])");
        for (long step = 0; step < 10; step++) {
            assertBits(join.at(step), sequence.at(step), "at " + step);
        }
        assertThatThrownBy(() -> Schedule.parse("optax.join_schedules(schedules=[optax.constant_schedule(value=1)],"
                + " boundaries=[3])")).hasMessageContaining("boundaries");
    }

    @Test
    void theSpecPrintsBackAsWritten() {
        String text = "optax.piecewise_interpolate_schedule(interpolate_type=linear, init_value=3,"
                + " boundaries_and_scales={6: 5, 3: 2})";
        Schedule s = Schedule.parse(text);
        assertThat(s.toString()).isEqualTo(text);
        assertThat(Schedule.parse(s.toString())).isEqualTo(s);
        // ints: Python's exact products 3, 6, 30
        assertBits(s.at(3), 6.0, "at 3");
        assertBits(s.at(6), 30.0, "at 6");
    }
}
