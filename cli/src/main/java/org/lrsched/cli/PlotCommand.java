package org.lrsched.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.lrsched.cli.io.CliError;
import org.lrsched.cli.io.Progress;
import org.lrsched.cli.io.StandardStreams;
import org.lrsched.cli.plot.Charts;
import org.lrsched.cli.plot.ImageFile;
import org.lrsched.cli.plot.ImageFormat;
import org.lrsched.cli.plot.LogAxis;
import org.lrsched.cli.plot.PlotLine;
import org.lrsched.cli.plot.PlotLines;
import org.lrsched.cli.plot.PlotStyle;
import org.lrsched.cli.spec.NamedSchedule;
import org.lrsched.cli.spec.SpecArgument;
import org.lrsched.cli.table.StepRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lrsched plot}: schedules drawn into a PNG, SVG or PDF, like the documents' figures. */
@Command(name = "plot",
        description = {"Draws each SPEC's learning rate over steps --from .. --from + --count - 1 (by default the"
                + " documents' 1500 iterations) into a plot of " + PlotCommand.WIDTH + " x " + PlotCommand.HEIGHT
                + " pixels: x is the iteration, y the learning rate, one line (or series of points) per SPEC, named"
                + " in the legend below by its --label, its preset name or its text form.",
            "Any count plots in seconds: each pixel column keeps the first, lowest, highest and last value of its"
                + " steps (computed in bulk), so every peak and restart shows."})
final class PlotCommand implements Callable<Integer> {
    static final int WIDTH = 1000;
    static final int HEIGHT = 600;

    private final StandardStreams streams;

    @Parameters(arity = "1..*", paramLabel = "SPEC", description = SpecArgument.DESCRIPTION)
    private List<String> specs;

    @Mixin
    private RangeOption steps = new RangeOption(1500);

    @Option(names = "--log-y", description = "A logarithmic learning-rate axis (every value must be > 0).")
    private boolean logY;

    @Option(names = "--label", paramLabel = "TEXT",
            description = "The legend's name for a SPEC: the first --label names the first SPEC, and so on; SPECs"
                    + " without one are named by their preset name or text form.")
    private List<String> labels = new ArrayList<>();

    @Option(names = "--style", paramLabel = "STYLE",
            description = "lines, or points: one per step as the tutorial's plt.scatter (default: ${DEFAULT-VALUE}).")
    private PlotStyle style = PlotStyle.LINES;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "The file, which appears only once complete: PNG, SVG or PDF as its extension says"
                    + " (default: ${DEFAULT-VALUE}).")
    private Path output = Path.of("plot.png");

    @Mixin
    private ProgressOption progress;

    PlotCommand(CommandContext context) {
        this.streams = context.streams();
    }

    @Override
    public Integer call() {
        ImageFormat.of(output); // a file name it cannot write is refused before anything is computed
        if (labels.size() > specs.size()) {
            throw new CliError(labels.size() + " --label for " + specs.size() + " SPEC" + (specs.size() == 1 ? "" : "s")
                    + ": each --label names one SPEC, in order");
        }
        List<NamedSchedule> schedules = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            NamedSchedule named = NamedSchedule.of(specs.get(i));
            schedules.add(i < labels.size() ? new NamedSchedule(labels.get(i), named.schedule()) : named);
        }
        StepRange range = steps.range();
        if (range.count() == 0) {
            throw new CliError("--count must be > 0 to plot, got 0");
        }
        List<PlotLine> lines;
        try (Progress bar = progress.start(streams.err(), "lrsched plot", totalSteps(range, schedules.size()))) {
            lines = PlotLines.sample(schedules, range, WIDTH, bar);
        }
        if (logY) {
            LogAxis.requirePositive(lines);
        }
        ImageFile.write(Charts.plot(lines, range, logY, style, WIDTH, HEIGHT), output, streams.err());
        return 0;
    }

    /** For the progress bar: a count near 2^63 times several schedules does not fit a long. */
    private static long totalSteps(StepRange range, int schedules) {
        return range.count() > Long.MAX_VALUE / schedules ? Long.MAX_VALUE : range.count() * schedules;
    }
}
