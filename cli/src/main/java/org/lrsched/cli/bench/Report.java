package org.lrsched.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lrsched.cli.io.CliError;
import org.lrsched.cli.io.Output;

/** results/README.md and its charts, regenerated from every run stored under the results folder. */
public final class Report {
    static final String README = "README.md";
    static final String NOTES = "NOTES.md";

    /** What was written: the README, from how many runs, with how many charts. */
    public record Written(Path readme, int runs, int charts) {}

    private Report() {}

    /**
     * Writes {@code dir}/README.md and its charts from the runs under {@code dir}; NOTES.md is copied in. A stale
     * temporary file removed on the way is reported on {@code err}.
     */
    public static Written write(Path dir, PrintWriter err) throws IOException {
        List<StoredRun> runs = StoredRun.findAll(dir);
        if (runs.isEmpty()) {
            throw new CliError("no stored runs under " + dir + " (CPU/CONFIG/jmh.json): run 'lrsched bench' first");
        }
        ReportCharts drawn = new ReportCharts(dir, err);
        Map<String, List<String>> charts = new LinkedHashMap<>();
        List<String> overall = new ArrayList<>();
        Map<String, List<StoredRun>> byCpu = runs.stream()
                .collect(Collectors.groupingBy(StoredRun::cpu, LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<String, List<StoredRun>> cpu : byCpu.entrySet()) {
            for (String precision : List.of("float", "double")) {
                addIfDrawn(overall, drawn.configs(cpu.getKey(), cpu.getValue(), precision));
            }
        }
        charts.put("", overall);
        for (StoredRun run : runs) {
            List<String> files = new ArrayList<>();
            addIfDrawn(files, drawn.roofline(run));
            addIfDrawn(files, drawn.peers(run));
            charts.put(run.name(), files);
        }
        Path notes = dir.resolve(NOTES);
        String notesText = Files.isRegularFile(notes) ? Files.readString(notes) : "";
        Path readme = dir.resolve(README);
        try (Output out = Output.file(readme, err)) {
            out.stream().write(ReportReadme.render(runs, notesText, charts).getBytes(StandardCharsets.UTF_8));
            out.commit();
        }
        return new Written(readme, runs.size(), charts.values().stream().mapToInt(List::size).sum());
    }

    /** A chart's file name, unless there was nothing to draw. */
    private static void addIfDrawn(List<String> files, String file) {
        if (file != null) {
            files.add(file);
        }
    }
}
