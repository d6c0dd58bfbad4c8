package org.lrsched.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lrsched.cli.bench.Report;
import org.lrsched.cli.bench.RepositoryRoot;
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
final class ReportCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandSpec command;

    @Option(names = "--results", paramLabel = "DIR",
            description = "The stored runs, where the README and charts go (default: results/ in the repository).")
    private Path results;

    @Override
    public Integer call() throws IOException {
        Path dir = results != null ? results : RepositoryRoot.resolve(null).resolve(RepositoryRoot.RESULTS);
        Report.Written written = Report.write(dir, command.commandLine().getErr());
        PrintWriter said = command.commandLine().getOut();
        said.println("lrsched report: " + written.runs() + " run(s) -> " + written.readme() + " and "
                + written.charts() + " charts");
        said.flush();
        return 0;
    }
}
