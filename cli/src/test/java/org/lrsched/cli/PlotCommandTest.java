package org.lrsched.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lrsched.cli.spec.NamedSchedule;

/** {@code lrsched plot}: PNG files like the documents' figures, headless, for any count. */
class PlotCommandTest {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path dir;

    @Test
    void aPresetIsDrawnIntoAPngOfAtLeast800By500() throws IOException {
        Path png = dir.resolve("sgdr.png");

        Cli.run("plot", "sgdr", "-o", png.toString()).succeeded();

        assertThat(Arrays.copyOf(Files.readAllBytes(png), 8)).isEqualTo(PNG_MAGIC);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(800);
        assertThat(image.getHeight()).isGreaterThanOrEqualTo(500);
        assertThat(Files.size(png)).isGreaterThan(10_000); // axes, labels, a legend and a line, not a blank image
        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
    }

    @Test
    void severalSchedulesShareOnePlot() throws IOException {
        Path png = dir.resolve("three.png");

        Cli.run("plot", "sgdr", "cyclical_triangular", "cosine(min_lr=0.5, max_lr=1.5, cycle_length=800)", "sgdr",
                "-o", png.toString()).succeeded();

        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(PlotCommand.WIDTH);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("no temporary file left").containsExactly(png);
        }
    }

    @Test
    void aBillionStepsPlotInSeconds() throws IOException {
        Path png = dir.resolve("billion.png");
        long started = System.nanoTime();

        Cli.run("plot", "one_cycle", "--count", "1000000000", "--log-y", "-o", png.toString()).succeeded();

        assertThat((System.nanoTime() - started) / 1e9).isLessThan(30);
        assertThat(Arrays.copyOf(Files.readAllBytes(png), 8)).isEqualTo(PNG_MAGIC);
    }

    /** Columns wider than a chunk, the last ending at the last step: its end overflowed to an internal error. */
    @Test
    void aRangeEndingAtTheLastStep() throws IOException {
        Path png = dir.resolve("last.png");
        long count = 100_000_000;

        Cli.run("plot", "one_cycle", "--from", String.valueOf(Long.MAX_VALUE - count + 1), "--count",
                String.valueOf(count), "-o", png.toString()).succeeded();

        assertThat(Arrays.copyOf(Files.readAllBytes(png), 8)).isEqualTo(PNG_MAGIC);
    }

    @Test
    void aLogAxisRefusesAZeroLearningRate() {
        Cli.run("plot", "warmup_multifactor", "--log-y", "-o", dir.resolve("w.png").toString())
                .failedWith("--log-y needs learning rates > 0, but warmup_multifactor is 0.0 at step 0");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aLogAxisFromTheFirstPositiveStep() {
        Cli.run("plot", "warmup_multifactor", "--log-y", "--from", "1", "-o", dir.resolve("w.png").toString())
                .succeeded();
    }

    @Test
    void legendNamesArePresetNamesOrTheTextShortened() {
        assertThat(NamedSchedule.of(" sgdr ").name()).isEqualTo("sgdr");
        String text = NamedSchedule.of("{\"type\": \"cyclical\", \"shape\": {\"type\": \"cosine\", \"min_lr\": 0.01,"
                + " \"max_lr\": 2}, \"cycle_length\": 250, \"cycle_length_decay\": 3}").name();
        assertThat(text).hasSizeLessThanOrEqualTo(60).startsWith("cyclical(shape=cosine(min_lr=0.01")
                .contains("\u2026").endsWith("_decay=1.0)");
    }

    @Test
    void badArgumentsAreOneLineErrors() {
        String png = dir.resolve("p.png").toString();
        Cli.run("plot", "sgdr", "--count", "0", "-o", png).failedWith("--count must be > 0 to plot");
        Cli.run("plot", "sgdr", "--count", "1e-3", "-o", png)
                .failedWith("'1e-3' is not a whole number: it is 0.001");
        Cli.run("plot", "sgdr", "--from", "-4", "-o", png).failedWith("--from must be >= 0, got -4");
        Cli.run("plot", "-o", png).failedWith("Missing required parameter: 'SPEC'");
        Cli.run("plot", "sgdrr", "-o", png).failedWith("unknown preset 'sgdrr'");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aPathUnderAFileIsAnError() throws IOException {
        Path file = Files.writeString(dir.resolve("somefile"), "not a folder");

        Cli.run("plot", "sgdr", "-o", file.resolve("x.png").toString())
                .failedWith("cannot write " + file.resolve("x.png") + ": Not a directory");
    }

    @Test
    void helpStatesTheDefaultFile() {
        assertThat(Cli.run("plot", "--help").succeeded().out()).contains("(default: plot.png)", "(default: 1500");
    }
}
