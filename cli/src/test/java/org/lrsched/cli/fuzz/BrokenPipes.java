package org.lrsched.cli.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.lrsched.cli.Main;

/**
 * {@code lrsched ... | head}: real processes, since only a real pipe gives the JVM's own EPIPE. Each reads the
 * first bytes and closes the pipe; the command must then stop within the timeout, with status 141 (or 0) and
 * nothing on standard error but the JVM's and the kernel provider's own notes.
 */
final class BrokenPipes {
    private static final long TIMEOUT_SECONDS = 30;

    private BrokenPipes() {}

    static List<List<String>> commands() {
        List<String> manySteps = LongStream.range(0, 20_000).mapToObj(Long::toString)
                .collect(Collectors.toCollection(() -> new ArrayList<>(List.of("at", "sgdr"))));
        return List.of(
                List.of("table", "sgdr", "--count", "8589934592"),
                List.of("table", "sgdr", "--count", "8589934592", "--format", "raw"),
                List.of("table", "sgdr", "--count", "8589934592", "--format", "npy", "--precision", "float"),
                manySteps,
                List.of("at", "sgdr"), // fed "5\n" for ever
                List.of("cycles", "cyclical_triangular", "--count", "1000000000000000000"));
    }

    /** The run's problem, if any. */
    static Optional<Problem> run(List<String> args) throws IOException, InterruptedException, ExecutionException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(args);
        Process lrsched = new ProcessBuilder(command).start();
        try {
            // threads of their own: on two cores the common pool has one thread, which the reader would hold
            FutureTask<String> stderr = new FutureTask<>(() -> readAll(lrsched.getErrorStream()));
            daemon(stderr);
            if (args.equals(List.of("at", "sgdr"))) {
                daemon(() -> feedForEver(lrsched.getOutputStream()));
            }
            daemon(() -> killAfterTimeout(lrsched)); // so that reading the output below cannot block for ever
            InputStream out = lrsched.getInputStream();
            out.readNBytes(100);
            out.close();
            if (!lrsched.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                return Optional.of(new Problem(Problem.Kind.HANG, "still running after the pipe closed"));
            }
            return judge(lrsched.exitValue(), stderr.get());
        } finally {
            lrsched.destroyForcibly();
        }
    }

    private static void daemon(Runnable task) {
        Thread thread = new Thread(task, "broken pipe case");
        thread.setDaemon(true);
        thread.start();
    }

    private static void killAfterTimeout(Process lrsched) {
        try {
            if (!lrsched.waitFor(2 * TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                lrsched.destroyForcibly();
            }
        } catch (InterruptedException e) {
            lrsched.destroyForcibly();
        }
    }

    private static Optional<Problem> judge(int exitCode, String stderr) {
        List<String> said = stderr.lines().filter(line -> !line.startsWith("WARNING: Using incubator modules")
                && !line.startsWith("lrsched: lrsched kernel:")).toList();
        if (exitCode != 141 && exitCode != 0) {
            return Optional.of(new Problem(Problem.Kind.EXIT_STATUS, "exit " + exitCode + ": " + said));
        }
        return said.isEmpty() ? Optional.empty()
                : Optional.of(new Problem(Problem.Kind.NOISE_ON_SUCCESS, said.get(0)));
    }

    private static void feedForEver(OutputStream in) {
        byte[] line = "5\n".getBytes(StandardCharsets.US_ASCII);
        try (in) {
            while (true) {
                in.write(line);
            }
        } catch (IOException e) {
            // the command has stopped reading: what the case is about
        }
    }

    private static String readAll(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "cannot read the command's standard error: " + e;
        }
    }
}
