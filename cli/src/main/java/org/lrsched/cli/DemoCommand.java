package org.lrsched.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.knowm.xchart.XYChart;
import org.lrsched.Schedule;
import org.lrsched.cli.io.CliError;
import org.lrsched.cli.io.IoMessages;
import org.lrsched.cli.io.Output;
import org.lrsched.cli.io.Progress;
import org.lrsched.cli.io.StandardStreams;
import org.lrsched.cli.plot.ChartGrid;
import org.lrsched.cli.plot.Charts;
import org.lrsched.cli.plot.ImageFile;
import org.lrsched.cli.plot.PlotLine;
import org.lrsched.cli.plot.PlotLines;
import org.lrsched.cli.spec.NamedSchedule;
import org.lrsched.cli.table.AvailableKernels;
import org.lrsched.cli.table.Chunks;
import org.lrsched.cli.table.KernelOption;
import org.lrsched.cli.table.KernelTiming;
import org.lrsched.cli.table.Precision;
import org.lrsched.cli.table.StepRange;
import org.lrsched.cli.table.TableFormat;
import org.lrsched.cli.table.TableStream;
import org.lrsched.cli.verify.Verification;
import org.lrsched.cli.verify.VerifyReport;
import org.lrsched.table.Kernel;
import org.lrsched.table.Kernels;
import org.lrsched.types.Presets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code lrsched demo}: the main job end to end on the documents' SGDR example. */
@Command(name = "demo",
        description = {"The main job on a built-in example, the sgdr preset over 10,000,000 steps: checks every kernel"
                + " against at() as verify does, times the kernels against each other, and writes into --out the"
                + " table as sgdr.npy (float64, for numpy.load), its plot sgdr.png, and presets.png, every preset"
                + " over the documents' 1500 iterations. Prints what it found and where the files are.",
            "Exit status 1 when the kernels disagree (nothing is written then)."})
final class DemoCommand implements Callable<Integer> {
    private static final String PRESET = "sgdr";
    private static final StepRange RANGE = new StepRange(0, 10_000_000);
    /** The documents' figures: 1500 iterations. */
    private static final StepRange FIGURE = new StepRange(0, 1500);
    private static final int PANEL_WIDTH = 800;
    private static final int PANEL_HEIGHT = 450;

    private final StandardStreams streams;
    private final Supplier<AvailableKernels> kernels;

    @CommandLine.Spec
    private CommandSpec command;

    @Option(names = "--out", paramLabel = "DIR",
            description = "The folder for the files, created if missing (default: ${DEFAULT-VALUE}).")
    private Path out = Path.of("lrsched-out");

    @Mixin
    private ProgressOption progress;

    DemoCommand(CommandContext context) {
        this.streams = context.streams();
        this.kernels = context.kernels();
    }

    @Override
    public Integer call() {
        long started = System.nanoTime();
        PrintWriter text = command.commandLine().getOut();
        Schedule sgdr = Presets.get(PRESET);
        Path dir = directory();
        AvailableKernels available = kernels.get();

        text.println("lrsched demo: the " + PRESET + " preset, steps 0 to " + String.format("%,d", RANGE.last()));
        text.println();
        text.println("1. Every kernel's tables against at(), step by step (as lrsched verify does)");
        Verification verification;
        try (Progress bar = progress.start(streams.err(), "lrsched demo: verify", RANGE.count())) {
            verification = Verification.run(sgdr, RANGE, available.kernels(), bar);
        }
        VerifyReport.print(verification, PRESET, available.notes(), KernelOption.preferred(), text);
        if (!verification.passed()) {
            text.println("The kernels disagree with at(): no files written.");
            text.flush();
            return 1;
        }

        text.println();
        text.println(String.format("2. The kernels against each other (wall-clock, one run each, warmed up by the"
                + " checks above; %,d steps in chunks of %,d, no file I/O)", RANGE.count(), Chunks.SIZE));
        printTimings(sgdr, available.kernels(), text);

        text.println();
        text.println("3. Files");
        Path npy = dir.resolve(PRESET + ".npy");
        writeTable(sgdr, npy);
        Path plot = dir.resolve(PRESET + ".png");
        writePlot(sgdr, plot);
        Path presets = dir.resolve("presets.png");
        writePresets(presets);
        text.println(String.format("%-28s the table, float64, %,d steps (%,d bytes)", npy, RANGE.count(), size(npy)));
        text.println(String.format("%-28s its plot, log scale: every restart shows", plot));
        text.println(String.format("%-28s every preset over the documents' %,d iterations", presets, FIGURE.count()));
        text.println();
        text.println("Load the table: python3 -c \"import numpy; lr = numpy.load('" + npy + "');"
                + " print(lr.shape, lr[:3])\"");
        text.println(String.format("Done in %.1f s.", (System.nanoTime() - started) / 1e9));
        text.flush();
        return 0;
    }

    private Path directory() {
        try {
            return Files.createDirectories(out);
        } catch (FileAlreadyExistsException e) {
            throw new CliError("cannot create --out " + out + ": a file of that name is in the way");
        } catch (IOException e) {
            throw new CliError("cannot create --out " + out + ": " + IoMessages.describe(e));
        }
    }

    private static void printTimings(Schedule schedule, List<Kernel> kernels, PrintWriter text) {
        String cell = "%9s %17s %8s";
        text.println(String.format("%-10s " + cell + "   " + cell, "", "double", "", "speed-up", "float", "",
                "speed-up"));
        double[] reference = new double[Precision.values().length];
        for (Kernel kernel : kernels) {
            StringBuilder row = new StringBuilder(String.format("%-10s", kernel.name()));
            for (Precision precision : Precision.values()) {
                double seconds = KernelTiming.seconds(schedule, RANGE, kernel, precision);
                if (kernel == Kernels.REFERENCE) {
                    reference[precision.ordinal()] = seconds;
                }
                double speedup = reference[precision.ordinal()] > 0 ? reference[precision.ordinal()] / seconds : 1;
                row.append(String.format(" " + cell + "  ", String.format("%.3f s", seconds),
                        String.format("%,.0f M steps/s", RANGE.count() / seconds / 1e6),
                        String.format("%.1fx", speedup)));
            }
            text.println(row.toString().stripTrailing());
        }
        text.println("(speed-up: against the reference kernel, which calls at() for every step)");
    }

    private void writeTable(Schedule schedule, Path file) {
        try (Output table = Output.file(file, streams.err());
                Progress bar = progress.start(streams.err(), "lrsched demo: " + file, RANGE.count())) {
            TableStream.write(schedule, RANGE, Precision.DOUBLE, KernelOption.preferred(),
                    TableFormat.NPY.writer(table, Precision.DOUBLE, RANGE.count()), bar);
            table.commit();
        } catch (IOException e) {
            throw new CliError("cannot write " + file + ": " + IoMessages.describe(e));
        }
    }

    private void writePlot(Schedule schedule, Path file) {
        List<PlotLine> lines;
        try (Progress bar = progress.start(streams.err(), "lrsched demo: " + file, RANGE.count())) {
            lines = PlotLines.sample(List.of(new NamedSchedule(PRESET, schedule)), RANGE, PlotCommand.WIDTH, bar);
        }
        String title = String.format("%s, %,d steps (log scale)", PRESET, RANGE.count());
        ImageFile.write(Charts.titled(lines, RANGE, true, PlotCommand.WIDTH, PlotCommand.HEIGHT, title), file,
                streams.err());
    }

    private void writePresets(Path file) {
        List<XYChart> panels = new ArrayList<>();
        for (String name : Presets.all().keySet()) {
            List<PlotLine> lines = PlotLines.sample(List.of(new NamedSchedule(name, Presets.get(name))), FIGURE,
                    PANEL_WIDTH, Progress.NONE);
            panels.add(Charts.titled(lines, FIGURE, false, PANEL_WIDTH, PANEL_HEIGHT, name));
        }
        ImageFile.png(ChartGrid.of(panels, 2), file, streams.err());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new CliError("cannot read " + file + ": " + IoMessages.describe(e));
        }
    }
}
