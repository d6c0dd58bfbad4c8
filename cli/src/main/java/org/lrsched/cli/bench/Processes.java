package org.lrsched.cli.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Child processes: one whose output is read whole, and one whose output is shown and logged as it comes. */
final class Processes {
    private Processes() {}

    record Finished(int exitCode, String out, String err) {
        /** The last line of standard error: what a failing tool usually says last. */
        String lastErrorLine() {
            List<String> lines = err.strip().lines().toList();
            return lines.isEmpty() ? "no message" : lines.get(lines.size() - 1);
        }
    }

    static Finished run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        String out = readAll(process.getInputStream());
        return new Finished(process.waitFor(), out, err.join());
    }

    /**
     * Runs {@code command} with standard output and error merged, copied to {@code console} and to {@code log} as
     * they come; stops the child if this JVM is stopped first. Returns the exit code.
     */
    static int tee(List<String> command, OutputStream console, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        Thread stopChild = new Thread(process::destroy);
        Runtime.getRuntime().addShutdownHook(stopChild);
        try (InputStream in = process.getInputStream(); OutputStream file = Files.newOutputStream(log)) {
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                console.write(buffer, 0, n);
                console.flush();
                file.write(buffer, 0, n);
            }
            return process.waitFor();
        } finally {
            Runtime.getRuntime().removeShutdownHook(stopChild);
        }
    }

    private static String readAll(InputStream in) {
        try (in) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
