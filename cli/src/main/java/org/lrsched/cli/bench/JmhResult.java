package org.lrsched.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One benchmark's result in JMH's JSON: which benchmark, with which parameters, and its score ± error. */
record JmhResult(String benchmark, Map<String, String> params, Measure score, String unit, String settings) {
    private static final String PACKAGE = "org.lrsched.jmh.";

    static List<JmhResult> read(Path json) throws IOException {
        List<JmhResult> results = new ArrayList<>();
        for (JsonNode node : new ObjectMapper().readTree(json.toFile())) {
            String benchmark = node.path("benchmark").asText().replace(PACKAGE, "");
            Map<String, String> params = new LinkedHashMap<>();
            node.path("params").fields().forEachRemaining(p -> params.put(p.getKey(), p.getValue().asText()));
            JsonNode metric = node.path("primaryMetric");
            Measure score = new Measure(number(metric.path("score")), number(metric.path("scoreError")));
            results.add(new JmhResult(benchmark, Map.copyOf(params), score, metric.path("scoreUnit").asText(),
                    settings(node)));
        }
        return results;
    }

    /** JMH writes NaN as the string "NaN". */
    private static double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : Double.parseDouble(node.asText("NaN"));
    }

    /** How it was measured, as JMH recorded it. */
    private static String settings(JsonNode node) {
        return node.path("forks").asInt() + " fork(s); warm-up " + node.path("warmupIterations").asInt() + " × "
                + node.path("warmupTime").asText() + "; measured " + node.path("measurementIterations").asInt()
                + " × " + node.path("measurementTime").asText();
    }

    String param(String name) {
        return params.getOrDefault(name, "");
    }

    /** Every given parameter has the given value. */
    boolean has(Map<String, String> wanted) {
        return wanted.entrySet().stream().allMatch(e -> e.getValue().equals(params.get(e.getKey())));
    }
}
