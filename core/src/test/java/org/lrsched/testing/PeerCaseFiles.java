package org.lrsched.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.lrsched.Schedule;

/**
 * The peers' own test expectations ({@code peers/tests_<peer>.json}) joined with our mapping of each entry to a
 * spec ({@code peers/<peer>_cases.json}), and our own cases ({@code peers/<peer>_extra_cases.json}), with the
 * checks every entry owes.
 */
public final class PeerCaseFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PeerCaseFiles() {}

    /** One entry: a spec, steps, expectations, tolerance, kind ({@code values}, {@code raises}, ...). */
    public record Entry(String test, String spec, long[] steps, double[] expected, double atol, double rtol,
            String kind, String param, Set<Long> skipSteps, JsonNode node) {
        @Override
        public String toString() {
            return test;
        }
    }

    public static JsonNode read(String resource) {
        try (InputStream in = PeerCaseFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every entry of the peer's own expectations, with the spec our mapping gives it. */
    public static List<Entry> golden(String peer) {
        Map<String, JsonNode> mapping = new HashMap<>();
        for (JsonNode c : read("peers/" + peer + "_cases.json")) {
            assertThat(mapping.put(c.get("test").asText(), c)).as("one mapping per test").isNull();
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode t : read("peers/tests_" + peer + ".json").get("tests")) {
            String name = t.get("test").asText();
            JsonNode c = mapping.remove(name);
            assertThat(c).as("our mapping of %s", name).isNotNull();
            // the mapping restates the peer's steps and numbers: it must not have drifted from them
            assertThat(c.get("steps")).as(name).isEqualTo(t.get("steps"));
            assertThat(c.get("expected")).as(name).isEqualTo(t.get("expected"));
            assertThat(c.get("kind")).as(name).isEqualTo(t.get("kind"));
            entries.add(entry(name, c.get("spec").asText(), t, c));
        }
        assertThat(mapping).as("mappings of tests the peer's file does not have").isEmpty();
        return entries;
    }

    /** Our own cases for the peer. */
    public static List<Entry> extra(String peer) {
        List<Entry> entries = new ArrayList<>();
        for (JsonNode c : read("peers/" + peer + "_extra_cases.json")) {
            entries.add(entry(c.get("test").asText() + " | " + c.get("spec").asText(), c.get("spec").asText(), c, c));
        }
        return entries;
    }

    private static Entry entry(String name, String spec, JsonNode t, JsonNode c) {
        JsonNode steps = t.get("steps");
        long[] s = new long[steps.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = steps.get(i).asLong();
        }
        JsonNode expected = t.get("expected");
        double[] e = null;
        if (expected != null && !expected.isNull()) {
            e = new double[expected.size()];
            for (int i = 0; i < e.length; i++) {
                e[i] = expected.get(i).asDouble();
            }
        }
        Set<Long> skip = new TreeSet<>();
        if (c.has("skip_steps")) {
            c.get("skip_steps").forEach(n -> skip.add(n.asLong()));
        }
        return new Entry(name, spec, s, e, t.path("atol").asDouble(0), t.path("rtol").asDouble(0),
                t.get("kind").asText(), c.hasNonNull("param") ? c.get("param").asText() : null, skip, c);
    }

    /**
     * Checks an entry against {@code Schedule.parse} of its spec: values within {@code atol + rtol * |expected|}
     * ({@code atol = rtol = 0}: the same double, 0.0 and -0.0 alike), a construction that fails naming the
     * parameter, or {@code at} throwing at the steps. Returns how many values were checked.
     */
    public static int check(Entry e) {
        switch (e.kind()) {
            case "values" -> {
                Schedule s = Schedule.parse(e.spec());
                int checked = 0;
                for (int i = 0; i < e.steps().length; i++) {
                    long step = e.steps()[i];
                    if (e.skipSteps().contains(step)) {
                        continue;
                    }
                    double got = s.at(step);
                    double want = e.expected()[i];
                    if (e.atol() == 0 && e.rtol() == 0) {
                        assertThat(got == want).as("%s at %d: %s, expected exactly %s", e, step, got, want).isTrue();
                    } else {
                        assertThat(Math.abs(got - want)).as("%s at %d: %s, expected %s", e, step, got, want)
                                .isLessThanOrEqualTo(e.atol() + e.rtol() * Math.abs(want));
                    }
                    checked++;
                }
                return checked;
            }
            case "raises" -> {
                assertThatThrownBy(() -> Schedule.parse(e.spec())).as("%s", e)
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(e.param());
                return 1;
            }
            case "raises_at_step" -> {
                Schedule s = Schedule.parse(e.spec());
                for (long step : e.steps()) {
                    assertThatThrownBy(() -> s.at(step)).as("%s at %d", e, step)
                            .isInstanceOf(ArithmeticException.class);
                }
                return e.steps().length;
            }
            default -> throw new AssertionError("unknown kind " + e.kind() + " of " + e);
        }
    }
}
