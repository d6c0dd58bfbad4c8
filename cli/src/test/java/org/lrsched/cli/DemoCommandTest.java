package org.lrsched.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lrsched.table.Kernels;

/** {@code lrsched demo}: the main job end to end, into a folder of its own. */
class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void theDemoVerifiesTimesAndWritesItsFiles() throws IOException {
        Path out = dir.resolve("new/folder");

        String report = Cli.run("demo", "--out", out.toString()).succeeded().out();

        assertThat(report).contains("steps 0 to 9,999,999", "wall-clock, one run", "PASS", out.resolve("sgdr.npy")
                .toString(), out.resolve("sgdr.png").toString(), out.resolve("presets.png").toString(), "numpy.load");
        byte[] npy = Files.readAllBytes(out.resolve("sgdr.npy"));
        assertThat(npy).hasSize(128 + 10_000_000 * 8);
        assertThat(new String(npy, 0, 128, StandardCharsets.ISO_8859_1)).startsWith("\u0093NUMPY")
                .contains("{'descr': '<f8', 'fortran_order': False, 'shape': (10000000,), }");
        assertThat(ByteBuffer.wrap(npy, 128, 8).order(ByteOrder.LITTLE_ENDIAN).getDouble()).isEqualTo(2.0);
        assertThat(ImageIO.read(out.resolve("sgdr.png").toFile()).getWidth()).isGreaterThanOrEqualTo(800);
        assertThat(ImageIO.read(out.resolve("presets.png").toFile()).getHeight()).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void kernelsThatDisagreeStopTheDemoWithExitCode1() {
        Cli.Result result = Cli.runWithKernels(VerifyCommandTest.withKernels(Kernels.REFERENCE,
                new VerifyCommandTest.BrokenKernel()), "demo", "--out", dir.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("FAIL", "no files written");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void anOutFolderUnderAFileIsAnError() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "");

        Cli.run("demo", "--out", file.resolve("sub").toString()).failedWith("cannot create --out", "Not a directory");
        Cli.run("demo", "--out", file.toString()).failedWith("a file of that name is in the way");
    }
}
