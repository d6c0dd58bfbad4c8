package org.lrsched.cli;

import java.util.List;

/** A logarithmic axis shows only values above 0: a plot that has others is refused, never silently clipped. */
final class LogAxis {
    private LogAxis() {}

    static void requirePositive(List<PlotLine> lines) {
        for (PlotLine line : lines) {
            ColumnSampler.Points points = line.points();
            int lowest = points.lowest();
            if (!(points.values()[lowest] > 0)) {
                throw new CliError("--log-y needs learning rates > 0, but " + line.name() + " is "
                        + points.values()[lowest] + " at step " + points.steps()[lowest]);
            }
        }
    }
}
