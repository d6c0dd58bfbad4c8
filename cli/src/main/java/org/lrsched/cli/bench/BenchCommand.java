package org.lrsched.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lrsched.cli.CliError;
import org.lrsched.cli.Main;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code lrsched bench}: the JMH suite with each JDK and vector size, stored with its environment. */
@Command(name = "bench",
        description = {"Runs the JMH benchmark suite, jmh/target/benchmarks.jar under the repository root, once for"
                + " each JDK and vector size given, one after another. It builds nothing: build the jar first with"
                + " 'mvn -DskipTests package -pl jmh -am'.",
            "Each run goes to results/CPU/JDK[-maxvectorBYTES]/: JMH's JSON (jmh.json), its output (jmh.log) and the"
                + " environment (environment.json: CPU model and flags, vector size, JDK, JVM flags, date, git"
                + " commit), replacing an earlier run of the same configuration. 'lrsched report' turns all stored"
                + " runs into results/README.md."})
public final class BenchCommand implements Callable<Integer> {
    static final String BUILD_HINT = "mvn -DskipTests package -pl jmh -am";
    private static final String[] STORED_FILES = {"jmh.json", "jmh.log", RunEnvironment.FILE};

    @ParentCommand
    private Main main;

    @Option(names = "--quick",
            description = "A smoke run: about two seconds per benchmark, 4096-step tables, at() at step 2^62 only.")
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

    @Override
    public Integer call() throws IOException, InterruptedException {
        for (int bytes : vectorSizes) {
            checkVectorSize(bytes);
        }
        Path repository = RepositoryRoot.resolve(root);
        Path jar = repository.resolve(RepositoryRoot.BENCHMARKS_JAR);
        if (!Files.isRegularFile(jar)) {
            throw new CliError("no " + jar + ": bench runs the benchmarks jar and builds nothing; build it with '"
                    + BUILD_HINT + "' in " + repository);
        }
        List<Path> homes = jdks.isEmpty() ? List.of(Path.of(System.getProperty("java.home"))) : jdks;
        for (Path home : homes) {
            if (!Files.isExecutable(home.resolve("bin").resolve("java"))) {
                throw new CliError("--jdk " + home + ": no bin/java there (give a JDK's home directory)");
            }
        }
        List<BenchRun> runs = BenchRun.matrix(homes, vectorSizes, BenchSettings.jmhOptions(quick, includes, params));
        CpuFacts cpu = CpuFacts.read(Path.of("/proc/cpuinfo"));
        GitState git = GitState.of(repository);
        for (BenchRun run : runs) {
            runAndStore(run, jar, cpu, git, repository.resolve("results"));
        }
        return 0;
    }

    static void checkVectorSize(int bytes) {
        if (bytes < 8 || bytes > 256 || Integer.bitCount(bytes) != 1) {
            throw new CliError("--vector-size " + bytes + ": must be a power of two from 8 to 256 bytes"
                    + " (16: SSE, 32: AVX2, 64: AVX-512)");
        }
    }

    /** Runs into a fresh directory and moves the files into place only once the run has succeeded. */
    private void runAndStore(BenchRun run, Path jar, CpuFacts cpu, GitState git, Path results)
            throws IOException, InterruptedException {
        JvmFacts jvm = probe(run, jar);
        Path target = results.resolve(cpu.slug()).resolve(run.directoryName(jvm.slug()));
        PrintStream out = new PrintStream(main.streams().out(), true, StandardCharsets.UTF_8);
        out.println("lrsched bench: " + jvm.slug() + " " + String.join(" ", run.jvmFlags()) + " (" + jvm.get("kernel")
                + ") -> " + target);
        Files.createDirectories(results);
        Path work = Files.createTempDirectory(results, ".run-");
        Instant date = Instant.now();
        List<String> command = run.jmhCommand(jar, work.resolve("jmh.json"));
        int exit = Processes.tee(command, out, work.resolve("jmh.log"));
        if (exit != 0) {
            throw new CliError("the benchmarks failed with " + run.java() + " " + String.join(" ", run.jvmFlags())
                    + " (exit " + exit + "); JMH's output is in " + work.resolve("jmh.log"));
        }
        // the command as it would have written straight to its place
        List<String> stored = run.jmhCommand(jar, target.resolve("jmh.json"));
        RunEnvironment.write(RunEnvironment.describe(cpu, jvm, run, stored, git, jar, date),
                work.resolve(RunEnvironment.FILE));
        Files.createDirectories(target);
        for (String file : STORED_FILES) {
            Files.move(work.resolve(file), target.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.delete(work);
        out.println("lrsched bench: stored " + target);
    }

    private static JvmFacts probe(BenchRun run, Path jar) throws IOException, InterruptedException {
        Processes.Finished probe = Processes.run(run.probeCommand(jar));
        if (probe.exitCode() != 0) {
            throw new CliError(run.java() + " " + String.join(" ", run.jvmFlags()) + " cannot run the benchmarks: "
                    + probe.lastErrorLine());
        }
        return JvmFacts.parse(probe.out());
    }
}
