package org.lrsched.cli.plot;

import java.util.List;
import org.lrsched.cli.io.CliError;

/** A logarithmic axis shows only values above 0: a plot that has others is refused, never silently clipped. */
public final class LogAxis {
    private LogAxis() {}

    public static void requirePositive(List<PlotLine> lines) {
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
