package org.lrsched.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** One configuration's stored run, results/CPU/CONFIG/: JMH's results and the environment they came from. */
record StoredRun(String cpu, String config, JsonNode environment, List<JmhResult> results) {
    static final String JMH_JSON = "jmh.json";

    /** Every results/CPU/CONFIG/jmh.json, in name order; directories starting with '.' are runs under way. */
    static List<StoredRun> findAll(Path results) throws IOException {
        List<StoredRun> runs = new ArrayList<>();
        for (Path cpu : subdirectories(results)) {
            for (Path config : subdirectories(cpu)) {
                Path json = config.resolve(JMH_JSON);
                if (Files.isRegularFile(json)) {
                    Path env = config.resolve(RunEnvironment.FILE);
                    JsonNode environment = Files.isRegularFile(env) ? new ObjectMapper().readTree(env.toFile())
                            : MissingNode.getInstance();
                    runs.add(new StoredRun(cpu.getFileName().toString(), config.getFileName().toString(),
                            environment, JmhResult.read(json)));
                }
            }
        }
        return runs;
    }

    private static List<Path> subdirectories(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    String name() {
        return cpu + " / " + config;
    }

    /** For file names: charts of this run. */
    String fileStem() {
        return cpu + "-" + config;
    }

    /** The environment's text at a path of field names, or "". */
    String env(String... path) {
        JsonNode node = environment;
        for (String field : path) {
            node = node.path(field);
        }
        return node.isValueNode() ? node.asText() : "";
    }

    /** The environment's list of texts at a path of field names, or none. */
    List<String> envList(String... path) {
        JsonNode node = environment;
        for (String field : path) {
            node = node.path(field);
        }
        List<String> texts = new ArrayList<>();
        node.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    Optional<JmhResult> find(String benchmark, Map<String, String> params) {
        return results.stream().filter(r -> r.benchmark().equals(benchmark) && r.has(params)).findFirst();
    }

    /** Throughput in steps per second: a table benchmark's ops/s times its steps. */
    Optional<Measure> stepsPerSecond(String benchmark, Map<String, String> params) {
        return find(benchmark, params).map(r -> r.score().times(Long.parseLong(r.param("steps"))));
    }

    /** The largest table the run filled: the goals' size in a full run. */
    String largestSteps() {
        return values(Suite.FILL, "steps").stream().max(Comparator.comparingLong(Long::parseLong))
                .orElse(Suite.GOAL_STEPS);
    }

    /** A parameter's values over a benchmark's results, in the order JMH ran them. */
    List<String> values(String benchmark, String param) {
        LinkedHashSet<String> values = new LinkedHashSet<>();
        results.stream().filter(r -> r.benchmark().equals(benchmark)).map(r -> r.param(param))
                .filter(v -> !v.isEmpty()).forEach(values::add);
        return List.copyOf(values);
    }
}
