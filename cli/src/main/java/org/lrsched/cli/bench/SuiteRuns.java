package org.lrsched.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import org.lrsched.cli.io.CliError;

/**
 * Runs the benchmarks jar once per configuration (a JDK, and a vector size when emulated) and stores each run,
 * with its environment, under {@code results/CPU/CONFIG/}, where {@code lrsched report} finds it.
 */
public final class SuiteRuns {
    static final String BUILD_HINT = "mvn -DskipTests package -pl jmh -am";
    private static final String[] STORED_FILES = {"jmh.json", "jmh.log", RunEnvironment.FILE};

    private SuiteRuns() {}

    /**
     * Every JDK in {@code jdks} (their homes), with each of {@code vectorBytes} when some are given, runs the
     * suite with {@code jmhOptions}; JMH's output goes to {@code out} as it comes.
     */
    public static void run(Path repository, List<Path> jdks, List<Integer> vectorBytes, List<String> jmhOptions,
            Path results, PrintStream out) throws IOException, InterruptedException {
        vectorBytes.forEach(SuiteRuns::checkVectorSize);
        Path jar = repository.resolve(RepositoryRoot.BENCHMARKS_JAR);
        if (!Files.isRegularFile(jar)) {
            throw new CliError("no " + jar + ": bench runs the benchmarks jar and builds nothing; build it with '"
                    + BUILD_HINT + "' in " + repository);
        }
        for (Path home : jdks) {
            if (!Files.isExecutable(home.resolve("bin").resolve("java"))) {
                throw new CliError("--jdk " + home + ": no bin/java there (give a JDK's home directory)");
            }
        }
        CpuFacts cpu = CpuFacts.read(Path.of("/proc/cpuinfo"));
        GitState git = GitState.of(repository);
        for (BenchRun run : BenchRun.matrix(jdks, vectorBytes, jmhOptions)) {
            runAndStore(run, jar, cpu, git, results, out);
        }
    }

    private static void checkVectorSize(int bytes) {
        if (bytes < 8 || bytes > 256 || Integer.bitCount(bytes) != 1) {
            throw new CliError("--vector-size " + bytes + ": must be a power of two from 8 to 256 bytes"
                    + " (16: SSE, 32: AVX2, 64: AVX-512)");
        }
    }

    /** Runs into a fresh directory and moves the files into place only once the run has succeeded. */
    private static void runAndStore(BenchRun run, Path jar, CpuFacts cpu, GitState git, Path results, PrintStream out)
            throws IOException, InterruptedException {
        JvmFacts jvm = probe(run, jar);
        Path target = results.resolve(cpu.slug()).resolve(run.directoryName(jvm.slug()));
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
