package org.lrsched.cli.plot;

import java.util.ArrayList;
import java.util.List;
import org.lrsched.cli.io.CliError;
import org.lrsched.cli.io.Progress;
import org.lrsched.cli.spec.NamedSchedule;
import org.lrsched.cli.table.Chunks;
import org.lrsched.cli.table.KernelOption;
import org.lrsched.cli.table.StepRange;
import org.lrsched.table.Kernel;

/**
 * The lines of a plot: each schedule filled over the range a chunk at a time by the bulk kernel (never
 * {@code at} per step) and down-sampled to the plot's pixel columns as it goes, so memory and time stay small for
 * any count.
 */
public final class PlotLines {
    private PlotLines() {}

    public static List<PlotLine> sample(List<NamedSchedule> schedules, StepRange range, int columns, Progress progress) {
        Kernel kernel = KernelOption.preferred();
        List<PlotLine> lines = new ArrayList<>();
        long before = 0;
        for (NamedSchedule named : schedules) {
            ColumnSampler sampler = new ColumnSampler(range, columns);
            long earlier = before; // the steps of the lines before this one, for the progress bar
            Chunks.doubles(named.schedule(), range, kernel, (first, values, n) -> {
                requireFinite(named.name(), first, values, n);
                sampler.accept(first, values, n);
                progress.advance(earlier + (first + n - range.from()));
            });
            before += range.count();
            lines.add(new PlotLine(uniqueName(named.name(), lines), sampler.points()));
        }
        return lines;
    }

    /**
     * A plot has no place for NaN or an infinity, and the down-sample would keep it only by chance: the step is
     * named instead (XChart would say "Infinite or NaN", and nothing else).
     */
    static void requireFinite(String name, long first, double[] chunk, int n) {
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(chunk[i])) {
                throw new CliError("cannot plot " + name + ": its learning rate at step " + (first + i) + " is "
                        + chunk[i]);
            }
        }
    }

    /** A legend shows each name once: the same spec twice gets "(2)". */
    private static String uniqueName(String name, List<PlotLine> earlier) {
        String unique = name;
        for (int k = 2; taken(unique, earlier); k++) {
            unique = name + " (" + k + ")";
        }
        return unique;
    }

    private static boolean taken(String name, List<PlotLine> lines) {
        return lines.stream().anyMatch(line -> line.name().equals(name));
    }
}
