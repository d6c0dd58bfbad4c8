package org.lrsched.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lrsched.cli.io.OutputClosed;

/** {@code lrsched ... | head}: once the reader has gone, the command stops at once, quietly, with status 141. */
class BrokenPipeTest {

    @ParameterizedTest
    @ValueSource(strings = {"csv", "raw", "npy"})
    void aTableInEveryFormat(String format) {
        Cli.Result result = Cli.runTo(new ClosedAfter(100), "table", "sgdr", "--count", "8589934592", "--format",
                format);

        assertThat(result.exitCode()).isEqualTo(OutputClosed.EXIT_CODE);
        assertThat(result.stderr()).isEmpty();
    }

    @Test
    void atWithStepsGiven() {
        String[] args = new String[20_002];
        args[0] = "at";
        args[1] = "sgdr";
        for (int i = 2; i < args.length; i++) {
            args[i] = String.valueOf(i);
        }

        Cli.Result result = Cli.runTo(new ClosedAfter(100), args);

        assertThat(result.exitCode()).isEqualTo(OutputClosed.EXIT_CODE);
        assertThat(result.stderr()).isEmpty();
    }

    @Test
    void cycles() {
        Cli.Result result = Cli.runTo(new ClosedAfter(100), "cycles", "cyclical_triangular", "--count",
                "1000000000000000");

        assertThat(result.exitCode()).isEqualTo(OutputClosed.EXIT_CODE);
        assertThat(result.stderr()).isEmpty();
    }

    /** Other write failures are still errors: a full disk is not a reader that has gone. */
    @Test
    void anyOtherFailureIsStillAnError() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };

        Cli.Result result = Cli.runTo(full, "table", "sgdr");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).isEqualTo("lrsched table: cannot write standard output: No space left on device\n");
    }

    /** A real pipe, closed by its reader, as {@code head} closes it: the message the JVM gives is what counts. */
    @Test
    void aRealPipe() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process lrsched = new ProcessBuilder(java, "--add-modules", "jdk.incubator.vector", "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(), "table", "sgdr", "--count", "8589934592").start();
        try {
            InputStream out = lrsched.getInputStream();
            assertThat(new String(out.readNBytes(8), StandardCharsets.US_ASCII)).isEqualTo("step,lr\n");
            out.close();

            assertThat(lrsched.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(lrsched.exitValue()).isEqualTo(OutputClosed.EXIT_CODE);
            List<String> stderr = new String(lrsched.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.contains("lrsched kernel:") && !line.startsWith("WARNING: Using incubator"))
                    .toList();
            assertThat(stderr).isEmpty();
        } finally {
            lrsched.destroyForcibly();
        }
    }

    /** Standard output whose reader goes away after {@code limit} bytes, as a pipe fails then. */
    private static final class ClosedAfter extends OutputStream {
        private long left;

        ClosedAfter(long limit) {
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > left) {
                throw new IOException("Broken pipe");
            }
            left -= len;
        }
    }
}
