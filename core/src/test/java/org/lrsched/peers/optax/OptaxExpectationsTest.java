package org.lrsched.peers.optax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lrsched.Schedule;

/**
 * Every expectation of Optax's own tests and docstrings ({@code peers/tests_optax.json}), each mapped to our spec
 * text by {@code peers/optax_cases.json}, checked at the test's own tolerance
 * ({@code |got - expected| <= atol + rtol * |expected|}): values, the parameter a rejection names, and the one
 * predicate. None is skipped.
 */
class OptaxExpectationsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode read(String resource) {
        try (InputStream in = OptaxExpectationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Optax's expectations by test name. */
    private static Map<String, JsonNode> golden() {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        for (JsonNode t : read("peers/tests_optax.json").get("tests")) {
            assertThat(byName.put(t.get("test").asText(), t)).as("one entry per test name").isNull();
        }
        return byName;
    }

    /** Our spec text for each of Optax's expectations, by test name. */
    private static Map<String, JsonNode> mapping() {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        for (JsonNode t : read("peers/optax_cases.json")) {
            assertThat(byName.put(t.get("test").asText(), t)).as("one mapping per test name").isNull();
        }
        return byName;
    }

    static Stream<Arguments> expectations() {
        Map<String, JsonNode> mapping = mapping();
        List<Arguments> cases = new ArrayList<>();
        golden().forEach((name, entry) -> cases.add(Arguments.of(name, entry, mapping.get(name))));
        return cases.stream();
    }

    static long[] steps(JsonNode entry) {
        long[] steps = new long[entry.get("steps").size()];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = entry.get("steps").get(i).asLong();
        }
        return steps;
    }

    @Test
    void everyExpectationIsMappedAndNothingElse() {
        assertThat(mapping().keySet()).containsExactlyInAnyOrderElementsOf(golden().keySet());
        assertThat(golden()).hasSize(62);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void holds(String name, JsonNode entry, JsonNode ours) {
        assertThat(ours).as("a spec for %s", name).isNotNull();
        String kind = entry.get("kind").asText();
        assertThat(ours.get("kind").asText()).isEqualTo(kind);
        String spec = ours.get("spec").asText();
        switch (kind) {
            case "values" -> {
                Schedule s = Schedule.parse(spec);
                long[] steps = steps(entry);
                assertThat(steps).containsExactly(steps(ours));
                double atol = entry.get("atol").asDouble();
                double rtol = entry.get("rtol").asDouble();
                for (int i = 0; i < steps.length; i++) {
                    double want = entry.get("expected").get(i).asDouble();
                    double got = s.at(steps[i]);
                    assertThat(Math.abs(got - want)).as("%s at %d: got %s, Optax expects %s", spec, steps[i], got,
                            want).isLessThanOrEqualTo(atol + rtol * Math.abs(want));
                }
                if (name.equals("PiecewiseInterpolateTest.test_zero_interval_size")) { // the test's own extra
                    for (long step = 0; step <= 5; step++) {
                        assertThat(Double.isFinite(s.at(step))).isTrue();
                    }
                }
            }
            case "raises" -> {
                String param = ours.get("param").asText();
                assertThatThrownBy(() -> Schedule.parse(spec)).as(spec).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining(param);
            }
            case "predicate" -> monotonicityAndExponentOrdering(spec, ours.get("spec2").asText(), steps(entry));
            default -> throw new AssertionError("unknown kind " + kind);
        }
    }

    /**
     * WarmupCosineDecayTest.test_monotonicity_and_exponent_ordering: warm-up strictly increasing, the peak 1 at
     * step 5, a non-increasing decay to 0.1 at step 25, exponent 2 never above exponent 1 during the decay.
     */
    private static void monotonicityAndExponentOrdering(String spec, String spec2, long[] steps) {
        Schedule one = Schedule.parse(spec);
        Schedule two = Schedule.parse(spec2);
        double[] v = new double[steps.length];
        double[] v2 = new double[steps.length];
        for (int i = 0; i < steps.length; i++) {
            assertThat(steps[i]).isEqualTo(i);
            v[i] = one.at(i);
            v2[i] = two.at(i);
        }
        for (int t = 0; t < 5; t++) {
            assertThat(v[t]).as("warm-up at %d", t).isLessThan(v[t + 1]);
        }
        assertThat(Math.abs(v[5] - 1)).isLessThan(5e-7);
        for (int t = 5; t < 25; t++) {
            assertThat(v[t]).as("decay at %d", t).isGreaterThanOrEqualTo(v[t + 1]);
        }
        assertThat(Math.abs(v[25] - 0.1)).isLessThan(5e-7);
        for (int t = 5; t <= 25; t++) {
            assertThat(v2[t]).as("exponent 2 at %d", t).isLessThanOrEqualTo(v[t] + 1e-12);
        }
    }
}
