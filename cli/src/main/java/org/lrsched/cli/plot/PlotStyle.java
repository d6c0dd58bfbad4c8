package org.lrsched.cli.plot;

import java.util.Locale;

/** How a plot draws its schedules: lines through the values, or a point per value as the tutorial's plt.scatter. */
public enum PlotStyle {
    LINES,
    POINTS;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
