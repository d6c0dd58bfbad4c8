package org.lrsched.cli.plot;

import java.awt.Graphics2D;
import org.knowm.xchart.XYChart;

/**
 * An XChart line chart with {@link Legend} drawn below its plot, as one picture: XChart's bitmap and vector
 * encoders (PNG, SVG, PDF) paint it whole, since the legend is part of {@link #paint}.
 */
final class PlotChart extends XYChart {
    private final Legend legend;

    /** A plot of {@code width} x {@code plotHeight} pixels, the legend's height below it. */
    PlotChart(int width, int plotHeight, Legend legend) {
        super(width, plotHeight + legend.height());
        this.legend = legend;
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        int plotHeight = height - legend.height();
        super.paint(g, width, plotHeight);
        setHeight(height); // XChart keeps the size it last painted at, and encoders read it back for the page
        Graphics2D below = (Graphics2D) g.create(0, plotHeight, width, legend.height());
        try {
            legend.paint(below, width);
        } finally {
            below.dispose();
        }
    }
}
