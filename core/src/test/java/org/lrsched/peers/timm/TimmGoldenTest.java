package org.lrsched.peers.timm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lrsched.Spec;
import org.lrsched.spec.SpecText;

/**
 * Every entry of timm's own test expectations ({@code peers/tests_timm.json}), through our mapping of each to a
 * spec ({@code peers/timm_cases.json}): the mapping is checked against the entry (type, every parameter, steps,
 * expected values, a tolerance no looser), then the case itself at the test's tolerance. None is skipped.
 */
class TimmGoldenTest {
    private static final List<JsonNode> GOLDEN = PeerCases.list(PeerCases.read("peers/tests_timm.json").get("tests"));
    private static final List<JsonNode> CASES = PeerCases.list(PeerCases.read("peers/timm_cases.json").get("cases"));

    static Stream<Arguments> entries() {
        return GOLDEN.stream().map(g -> Arguments.of(g.get("test").asText(), g));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void everyExpectationHolds(String name, JsonNode golden) {
        List<JsonNode> mapped = CASES.stream().filter(c -> c.get("test").asText().equals(name)).toList();
        assertThat(mapped).as("one case for %s", name).hasSize(1);
        JsonNode c = mapped.get(0);
        assertThat(c.get("source").asText()).isEqualTo("tests_timm.json");
        assertSameSchedule(golden.get("registry").asText(), golden.get("params"), c.get("spec").asText());
        if (golden.has("params2")) {
            assertSameSchedule(golden.get("registry").asText(), golden.get("params2"), c.get("spec2").asText());
        }
        assertThat(c.get("steps")).isEqualTo(golden.get("steps"));
        switch (golden.get("kind").asText()) {
            case "values" -> {
                assertThat(c.get("kind").asText()).isEqualTo("values");
                assertThat(c.get("expected")).isEqualTo(golden.get("expected"));
                assertThat(c.get("atol").asDouble()).isLessThanOrEqualTo(golden.get("atol").asDouble());
                assertThat(c.get("rtol").asDouble()).isLessThanOrEqualTo(golden.get("rtol").asDouble());
            }
            case "predicate", "predicate2" -> assertThat(c.get("kind").asText()).isEqualTo("predicate");
            default -> throw new AssertionError("a kind of entry this test does not read: " + golden);
        }
        PeerCases.check(c);
    }

    @Test
    void everyCaseMapsAnEntry() {
        assertThat(CASES).hasSameSizeAs(GOLDEN);
        assertThat(CASES.stream().map(c -> c.get("test").asText()))
                .containsExactlyInAnyOrderElementsOf(GOLDEN.stream().map(g -> g.get("test").asText()).toList());
    }

    /** Our spec is the entry's scheduler with the entry's parameters ({@code base_lr}: the optimizer's lr). */
    private static void assertSameSchedule(String registry, JsonNode params, String specText) {
        Spec spec = SpecText.parse(specText);
        assertThat(spec.type()).isEqualTo(registry);
        Map<String, Object> ours = spec.params();
        assertThat(ours).hasSize(params.size());
        params.fields().forEachRemaining(e -> {
            String name = e.getKey().equals("base_lr") ? "lr" : e.getKey();
            assertThat(ours).as("%s in %s", name, specText).containsKey(name);
            assertSameValue(e.getValue(), ours.get(name), name + " in " + specText);
        });
    }

    private static void assertSameValue(JsonNode theirs, Object ours, String what) {
        if (theirs.isArray()) {
            assertThat(ours).as(what).isInstanceOf(List.class);
            List<?> list = (List<?>) ours;
            assertThat(list).as(what).hasSize(theirs.size());
            for (int i = 0; i < list.size(); i++) {
                assertSameValue(theirs.get(i), list.get(i), what + "[" + i + "]");
            }
        } else if (theirs.isBoolean()) {
            assertThat(ours).as(what).isEqualTo(theirs.asBoolean());
        } else if (theirs.isIntegralNumber()) {
            assertThat(ours).as("%s, an int as in the test", what).isEqualTo(theirs.asLong());
        } else {
            assertThat(ours).as("%s, a float as in the test", what).isEqualTo(theirs.asDouble());
        }
    }
}
