package org.lrsched.peers.timm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our own timm cases ({@code peers/timm_extra_cases.json}, from the research port of timm's sources): warm-up and
 * cycle boundaries +-1, 1-step phases, lengths of 10^9, 2^40 and 2^60, steps near 2^31, 2^53 and 2^63 - 1, the
 * restarts timm's float logarithm gets wrong, the overflow past the limit, and rejections. Bit-identical where the
 * case says 0, 0 (IEEE operations only); within 2^-50 of the largest rate otherwise.
 */
class TimmExtraCasesTest {
    private static final List<JsonNode> CASES = PeerCases.list(
            PeerCases.read("peers/timm_extra_cases.json").get("cases"));

    static Stream<Arguments> cases() {
        return CASES.stream().map(c -> Arguments.of(c.get("test").asText(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void holds(String name, JsonNode c) {
        PeerCases.check(c);
    }

    @Test
    void theRestartsTimmGetsWrongAreCovered() {
        long differing = CASES.stream().filter(c -> c.has("peer_values")).count();
        assertThat(differing).isGreaterThanOrEqualTo(30);
    }
}
