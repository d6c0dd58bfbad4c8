package org.lrsched.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lrsched.Schedule;
import org.lrsched.types.Presets;

/** numpy itself loads the .npy files (skipped where python3 has no numpy). */
class NumpyLoadTest {
    /** Loads the file, checks its dtype and shape, and hands its values back as bytes. */
    private static final String LOAD = "import numpy, sys\n"
            + "a = numpy.load(sys.argv[1])\n"
            + "assert a.dtype.str == sys.argv[2], a.dtype.str\n"
            + "assert a.shape == (int(sys.argv[3]),), a.shape\n"
            + "sys.stdout.buffer.write(a.tobytes())\n";

    @TempDir
    Path dir;

    @BeforeAll
    static void numpyIsInstalled() throws InterruptedException {
        assumeThat(python("import numpy").exitCode).as("python3 with numpy").isZero();
    }

    @Test
    void numpyLoadsADoubleTable() throws InterruptedException {
        Path file = dir.resolve("sgdr.npy");
        Cli.run("table", "sgdr", "--format", "npy", "--count", "5000", "--from", "1000", "--kernel", "scalar", "-o",
                file.toString()).succeeded();

        Python loaded = python(LOAD, file.toString(), "<f8", "5000");

        assertThat(loaded.exitCode).as(loaded.err).isZero();
        ByteBuffer values = ByteBuffer.wrap(loaded.out).order(ByteOrder.LITTLE_ENDIAN);
        Schedule sgdr = Presets.get("sgdr");
        for (int i = 0; i < 5000; i++) {
            assertThat(values.getDouble()).isEqualTo(sgdr.at(1000 + i));
        }
    }

    @Test
    void numpyLoadsAFloatTable() throws InterruptedException {
        Path file = dir.resolve("flax.npy");
        Cli.run("table", "flax_triangular", "--format", "npy", "--precision", "float", "--count", "1234", "-o",
                file.toString()).succeeded();

        Python loaded = python(LOAD, file.toString(), "<f4", "1234");

        assertThat(loaded.exitCode).as(loaded.err).isZero();
        ByteBuffer values = ByteBuffer.wrap(loaded.out).order(ByteOrder.LITTLE_ENDIAN);
        Schedule flax = Presets.get("flax_triangular");
        for (int i = 0; i < 1234; i++) {
            assertThat(values.getFloat()).isEqualTo((float) flax.at(i));
        }
    }

    private record Python(int exitCode, byte[] out, String err) {}

    private static Python python(String program, String... args) throws InterruptedException {
        String[] command = new String[args.length + 3];
        command[0] = "python3";
        command[1] = "-c";
        command[2] = program;
        System.arraycopy(args, 0, command, 3, args.length);
        try {
            Process p = new ProcessBuilder(command).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Python(-1, out, "timed out");
            }
            return new Python(p.exitValue(), out, err);
        } catch (IOException e) { // no python3 at all
            return new Python(-1, new byte[0], e.toString());
        }
    }
}
