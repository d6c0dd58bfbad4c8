package org.lrsched.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void eachLabelNamesItsSpecInOrder() throws IOException {
        Path png = dir.resolve("labelled.png");

        Cli.run("plot", "sgdr", "one_cycle", "cosine_annealing", "--label", "SGDR", "--label", "1cycle", "-o",
                png.toString()).succeeded();

        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(PlotCommand.WIDTH);
        Cli.run("plot", "sgdr", "--label", "a", "--label", "b", "-o", png.toString())
                .failedWith("2 --label for 1 SPEC: each --label names one SPEC, in order");
    }

    /** The legend grows below the plot with the names it holds, and never cuts one off. */
    @Test
    void twelveLinesKeepTheirPlotAndGrowTheLegend() throws IOException {
        Path one = dir.resolve("one.png");
        Path twelve = dir.resolve("twelve.png");
        String[] presets = {"slanted_triangular", "cosine_annealing", "warmup_multifactor", "cooldown_multifactor",
            "one_cycle", "cyclical_triangular", "sgdr", "flax_triangular"};
        List<String> args = new ArrayList<>(List.of("plot"));
        args.addAll(List.of(presets));
        args.addAll(List.of("cosine(min_lr=0.2, max_lr=1.2, cycle_length=700)", "constant(lr=0.3)",
                "mxnet_cosine(max_update=1500, base_lr=1.5, final_lr=0.1, warmup_steps=100)",
                "mxnet_poly(max_update=1400, base_lr=1.8, pwr=2, final_lr=0)", "-o", twelve.toString()));

        Cli.run("plot", "sgdr", "-o", one.toString()).succeeded();
        Cli.run(args.toArray(String[]::new)).succeeded();

        int oneHigh = ImageIO.read(one.toFile()).getHeight();
        int twelveHigh = ImageIO.read(twelve.toFile()).getHeight();
        assertThat(oneHigh).isBetween(PlotCommand.HEIGHT + 20, PlotCommand.HEIGHT + 60);
        assertThat(twelveHigh).isBetween(oneHigh + 100, oneHigh + 300);
    }

    @Test
    void pointsAsTheTutorialsScatter() throws IOException {
        Path lines = dir.resolve("lines.png");
        Path points = dir.resolve("points.png");

        Cli.run("plot", "sgdr", "-o", lines.toString()).succeeded();
        Cli.run("plot", "sgdr", "--style", "points", "-o", points.toString()).succeeded();

        assertThat(Files.readAllBytes(points)).isNotEqualTo(Files.readAllBytes(lines));
        Cli.run("plot", "sgdr", "--style", "bars", "-o", points.toString()).failedWith("--style", "LINES, POINTS");
    }

    /** The extension picks the format; any other is refused before anything is computed, and no file is made. */
    @Test
    void theFormatIsTheExtensions() throws IOException {
        Cli.run("plot", "sgdr", "-o", dir.resolve("p.svg").toString()).succeeded();
        Cli.run("plot", "sgdr", "-o", dir.resolve("p.pdf").toString()).succeeded();
        Cli.run("plot", "sgdr", "-o", dir.resolve("P.PNG").toString()).succeeded();

        assertThat(Files.readString(dir.resolve("p.svg"))).startsWith("<?xml").contains("<svg", ">sgdr<");
        assertThat(new String(Files.readAllBytes(dir.resolve("p.pdf")), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(Arrays.copyOf(Files.readAllBytes(dir.resolve("P.PNG")), 8)).isEqualTo(PNG_MAGIC);
        for (String name : new String[] {"x.jpg", "x.gif", "plot", "x.png.tmp"}) {
            Cli.run("plot", "sgdr", "--count", "1e12", "-o", dir.resolve(name).toString())
                    .failedWith("cannot write " + dir.resolve(name) + ": charts are PNG, SVG or PDF, picked by the"
                            + " file's extension (.png, .svg or .pdf)");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("p.svg", "p.pdf",
                    "P.PNG");
        }
    }

    @Test
    void helpStatesTheDefaultFile() {
        assertThat(Cli.run("plot", "--help").succeeded().out()).contains("(default: plot.png)", "(default: 1500");
    }
}
