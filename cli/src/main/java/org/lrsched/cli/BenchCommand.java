package org.lrsched.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lrsched.cli.bench.BenchSettings;
import org.lrsched.cli.bench.RepositoryRoot;
import org.lrsched.cli.bench.SuiteRuns;
import org.lrsched.cli.io.StandardStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lrsched bench}: the JMH suite with each JDK and vector size, stored with its environment. */
@Command(name = "bench",
        description = {"Runs the JMH benchmark suite, jmh/target/benchmarks.jar under the repository root, once for"
                + " each JDK and vector size given, one after another. It builds nothing: build the jar first with"
                + " 'mvn -DskipTests package -pl jmh -am'.",
            "Each run goes to results/CPU/JDK[-maxvectorBYTES]/: JMH's JSON (jmh.json), its output (jmh.log) and the"
                + " environment (environment.json: CPU model and flags, vector size, JDK, JVM flags, date, git"
                + " commit), replacing an earlier run of the same configuration. 'lrsched report' turns all stored"
                + " runs into results/README.md.",
            "A --quick run goes to " + RepositoryRoot.QUICK_RESULTS + "/ instead: its numbers are too rough to stand"
                + " beside the stored runs, so the report never sees them."})
final class BenchCommand implements Callable<Integer> {
    private final StandardStreams streams;

    @Option(names = "--quick",
            description = "A smoke run: about two seconds per benchmark, 4096-step tables, at() at step 2^62 only;"
                    + " stored in " + RepositoryRoot.QUICK_RESULTS + "/, not in results/.")
    private boolean quick;

    @Option(names = "--jdk", paramLabel = "PATH",
            description = "A JDK's home directory; repeat for several (default: the JDK running lrsched).")
    private List<Path> jdks = new ArrayList<>();

    @Option(names = "--vector-size", paramLabel = "BYTES",
            description = "Run with -XX:MaxVectorSize=BYTES (32 emulates an AVX2 machine, 16 an SSE one); repeat"
                    + " for several. Given, it replaces the run at the machine's own size.")
    private List<Integer> vectorSizes = new ArrayList<>();

    @Option(names = "--include", paramLabel = "REGEX",
            description = "Only the benchmarks matching REGEX, as JMH matches them (e.g. 'FillBenchmark|Roofline');"
                    + " repeatable (default: all).")
    private List<String> includes = new ArrayList<>();

    @Option(names = "--param", paramLabel = "NAME=VALUES",
            description = "A benchmark parameter, as JMH's -p (e.g. kernel=vector, steps=4096,10000000); repeatable.")
    private Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--root", paramLabel = "DIR",
            description = "The repository root (default: the one this lrsched runs from).")
    private Path root;

    BenchCommand(CommandContext context) {
        this.streams = context.streams();
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path repository = RepositoryRoot.resolve(root);
        List<Path> homes = jdks.isEmpty() ? List.of(Path.of(System.getProperty("java.home"))) : jdks;
        Path results = repository.resolve(quick ? RepositoryRoot.QUICK_RESULTS : RepositoryRoot.RESULTS);
        SuiteRuns.run(repository, homes, vectorSizes, BenchSettings.jmhOptions(quick, includes, params), results,
                new PrintStream(streams.out(), true, StandardCharsets.UTF_8));
        return 0;
    }
}
