package org.lrsched.cli.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JMH options of a run of the suite: how long it measures, what it includes, which parameters it sets. */
public final class BenchSettings {
    /**
     * The whole suite within about 12 minutes per JDK on 2 cores: one fork per benchmark, five short measured
     * iterations (five give JMH's 99.9% error bars a usable width, where three make them ten times wider) after
     * a second of warm-up, which C2 needs far less of for loops over whole tables.
     */
    static final List<String> FULL = List.of("-f", "1", "-wi", "2", "-w", "500ms", "-i", "5", "-r", "400ms");

    /** A smoke run, a couple of seconds per benchmark: L1-sized tables, the goal's step, no O(cycles) loop. */
    static final List<String> QUICK = List.of("-f", "1", "-wi", "1", "-w", "200ms", "-i", "2", "-r", "200ms",
            "-e", "AtBenchmark.loop");
    static final Map<String, String> QUICK_PARAMS = Map.of("steps", "4096", "step", "4611686018427387904");

    private BenchSettings() {}

    /**
     * JMH's arguments: the benchmarks matching {@code includes} (all when empty), {@code params} over the quick
     * run's, and fail-on-error, so that a self-check that throws fails the run instead of dropping one number.
     */
    public static List<String> jmhOptions(boolean quick, List<String> includes, Map<String, String> params) {
        List<String> options = new ArrayList<>(includes);
        options.addAll(quick ? QUICK : FULL);
        Map<String, String> merged = new LinkedHashMap<>(quick ? QUICK_PARAMS : Map.of());
        merged.putAll(params);
        merged.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(p -> options.addAll(List.of("-p", p.getKey() + "=" + p.getValue())));
        options.addAll(List.of("-foe", "true"));
        return options;
    }
}
