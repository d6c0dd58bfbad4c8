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
 * The research notes' extra cases ({@code peers/optax_extra_cases.json}, from the reference port that reproduces
 * Optax's expectations): boundaries +-1, 1-step phases, warm-up 0, counts past 2^31 and 2^53 and near 2^63 - 1,
 * the one-cycle collapses, the staircase past 2^53, and our rejections. Bit identity where the case's contract
 * is IEEE arithmetic only, else within its bound (2^-50 x the largest |lr|: StrictMath against C's libm).
 */
class OptaxExtraCasesTest {

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (JsonNode c : OptaxExpectationsTest.read("peers/optax_extra_cases.json")) {
            cases.add(Arguments.of(c.get("test").asText(), c));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void holds(String name, JsonNode c) {
        String spec = c.get("spec").asText();
        if (c.get("kind").asText().equals("raises")) {
            assertThatThrownBy(() -> Schedule.parse(spec)).as(spec).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(c.get("param").asText());
            return;
        }
        Schedule s = Schedule.parse(spec);
        boolean exact = c.get("contract").asText().startsWith("bit-identical");
        double bound = c.get("atol").asDouble();
        long[] steps = OptaxExpectationsTest.steps(c);
        for (int i = 0; i < steps.length; i++) {
            double want = c.get("expected").get(i).asDouble();
            double got = s.at(steps[i]);
            if (exact) {
                assertThat(Double.doubleToRawLongBits(got)).as("%s at %d: got %s, want %s", spec, steps[i], got, want)
                        .isEqualTo(Double.doubleToRawLongBits(want));
            } else {
                assertThat(Math.abs(got - want)).as("%s at %d: got %s, want %s", spec, steps[i], got, want)
                        .isLessThanOrEqualTo(bound);
            }
        }
    }
}
