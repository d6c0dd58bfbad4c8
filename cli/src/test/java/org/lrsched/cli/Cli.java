package org.lrsched.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.lrsched.cli.io.StandardStreams;
import org.lrsched.cli.table.AvailableKernels;

/** Runs lrsched in-process, the way the launcher runs it, with captured standard streams. */
public final class Cli {
    private Cli() {}

    public record Result(int exitCode, byte[] stdout, String stderr) {
        public String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }

        /** Exit 0, nothing on standard error. */
        public Result succeeded() {
            assertThat(stderr).as("stderr").isEmpty();
            assertThat(exitCode).as("exit code").isZero();
            return this;
        }

        /** Exit 2, exactly one line on standard error that names the problem, no stack trace, no output. */
        public Result failedWith(String... fragments) {
            assertThat(exitCode).as("exit code; stderr: %s", stderr).isEqualTo(2);
            assertThat(stderr).as("stderr").endsWith("\n").containsOnlyOnce("\n").startsWith("lrsched")
                    .doesNotContain("Exception in thread", "\tat ", "Caused by");
            assertThat(stderr).as("stderr").contains(fragments);
            assertThat(stdout).as("stdout").isEmpty();
            return this;
        }
    }

    public static Result run(String... args) {
        return runWithInput("", args);
    }

    public static Result runWithInput(String stdin, String... args) {
        return runWithInput(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
    }

    /** With standard input read from {@code stdin}, which may never end. */
    public static Result runWithInput(InputStream stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        StandardStreams streams = new StandardStreams(stdin, out, new PrintWriter(err, true));
        int exitCode = Main.execute(Main.commandLine(CommandContext.of(streams)), args);
        return new Result(exitCode, out.toByteArray(), err.toString());
    }

    /** With {@code kernels} for verify and demo to check instead of this JVM's. */
    static Result runWithKernels(Supplier<AvailableKernels> kernels, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        StandardStreams streams = new StandardStreams(new ByteArrayInputStream(new byte[0]), out,
                new PrintWriter(err, true));
        int exitCode = Main.execute(Main.commandLine(new CommandContext(streams, kernels)), args);
        return new Result(exitCode, out.toByteArray(), err.toString());
    }

    /** With standard output going to {@code stdout}, a real file or device; the result holds no output. */
    public static Result runTo(OutputStream stdout, String... args) {
        StringWriter err = new StringWriter();
        StandardStreams streams = new StandardStreams(new ByteArrayInputStream(new byte[0]), stdout,
                new PrintWriter(err, true));
        int exitCode = Main.execute(Main.commandLine(CommandContext.of(streams)), args);
        return new Result(exitCode, new byte[0], err.toString());
    }
}
