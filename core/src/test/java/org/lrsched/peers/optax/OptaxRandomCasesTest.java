package org.lrsched.peers.optax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lrsched.Schedule;

/**
 * 210 random specs, 15 of each Optax type (random values, int and real powers, lengths from 1 to past 2^53,
 * collapsing one-cycles, 1 to 3 sgdr cycles, joins of the simple types), at every phase boundary +-2 and at steps
 * past 2^31, 2^53 and at 2^63 - 1: {@code peers/optax_random_cases.json}, the values of the research notes'
 * independent Python port (its {@code at}: Optax's formulas in binary64 on an exact count). Bit identity where the
 * step's phase is IEEE arithmetic only ({@code bound} 0), else within 2^-50 x the phase's largest |lr| (StrictMath
 * against C's libm); {@code null}: not finite there, so {@code at} must raise.
 */
class OptaxRandomCasesTest {

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (JsonNode c : OptaxExpectationsTest.read("peers/optax_random_cases.json")) {
            cases.add(Arguments.of(c.get("spec").asText(), c));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesThePort(String spec, JsonNode c) {
        Schedule s = Schedule.parse(spec);
        assertThat(Schedule.parse(s.toString())).isEqualTo(s);
        long[] steps = OptaxExpectationsTest.steps(c);
        for (int i = 0; i < steps.length; i++) {
            long step = steps[i];
            JsonNode want = c.get("expected").get(i);
            if (want.isNull()) {
                assertThatThrownBy(() -> s.at(step)).as("%s at %d", spec, step).isInstanceOf(ArithmeticException.class);
                continue;
            }
            double expected = want.asDouble();
            double bound = c.get("bound").get(i).asDouble();
            double got = s.at(step);
            if (bound == 0) {
                assertThat(Double.doubleToRawLongBits(got)).as("%s at %d: got %s, want %s", spec, step, got, expected)
                        .isEqualTo(Double.doubleToRawLongBits(expected));
            } else {
                assertThat(Math.abs(got - expected)).as("%s at %d: got %s, want %s", spec, step, got, expected)
                        .isLessThanOrEqualTo(bound);
            }
        }
    }
}
