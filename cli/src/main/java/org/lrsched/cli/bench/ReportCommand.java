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
import java.util.concurrent.Callable;
import org.lrsched.cli.CliError;
import org.lrsched.cli.Output;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code lrsched report}: results/README.md and its charts, regenerated from every stored run. */
@Command(name = "report",
        description = {"Regenerates results/README.md and its PNG charts from every run 'lrsched bench' stored"
                + " under results/: per configuration its environment, steps per second, fraction of the roofline,"
                + " speed-ups over the reference kernel and the peers (with JMH's error bars), at() times, and"
                + " the goals missed; then all configurations side by side.",
            "results/NOTES.md, when present, is copied in as the account of how the runs were made."})
public final class ReportCommand implements Callable<Integer> {
    static final String README = "README.md";
    static final String NOTES = "NOTES.md";

    @CommandLine.Spec
    private CommandSpec command;

    @Option(names = "--results", paramLabel = "DIR",
            description = "The stored runs, where the README and charts go (default: results/ in the repository).")
    private Path results;

    @Override
    public Integer call() throws IOException {
        Path dir = results != null ? results : RepositoryRoot.resolve(null).resolve("results");
        List<StoredRun> runs = StoredRun.findAll(dir);
        if (runs.isEmpty()) {
            throw new CliError("no stored runs under " + dir + " (CPU/CONFIG/jmh.json): run 'lrsched bench' first");
        }
        Map<String, List<String>> charts = new LinkedHashMap<>();
        List<String> overall = new ArrayList<>();
        for (String precision : List.of("float", "double")) {
            addIfDrawn(overall, ReportCharts.configs(runs, precision, dir));
        }
        charts.put("", overall);
        for (StoredRun run : runs) {
            List<String> files = new ArrayList<>();
            addIfDrawn(files, ReportCharts.roofline(run, dir));
            addIfDrawn(files, ReportCharts.peers(run, dir));
            charts.put(run.name(), files);
        }
        Path notes = dir.resolve(NOTES);
        String notesText = Files.isRegularFile(notes) ? Files.readString(notes) : "";
        try (Output out = Output.file(dir.resolve(README))) {
            out.stream().write(ReportReadme.render(runs, notesText, charts).getBytes(StandardCharsets.UTF_8));
            out.commit();
        }
        PrintWriter said = command.commandLine().getOut();
        int chartCount = charts.values().stream().mapToInt(List::size).sum();
        said.println("lrsched report: " + runs.size() + " run(s) -> " + dir.resolve(README) + " and " + chartCount
                + " charts");
        said.flush();
        return 0;
    }

    /** A chart's file name, unless there was nothing to draw. */
    private static void addIfDrawn(List<String> files, String file) {
        if (file != null) {
            files.add(file);
        }
    }
}
