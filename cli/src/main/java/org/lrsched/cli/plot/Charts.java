package org.lrsched.cli.plot;

import java.awt.Color;
import java.awt.Font;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.lrsched.cli.table.StepRange;

/** Line charts of learning rates drawn as the documents' figures are: x is the Iteration, y the Learning Rate. */
public final class Charts {
    static {
        // before AWT starts: lrsched draws into images, never on a screen (servers and CI have none)
        System.setProperty("java.awt.headless", "true");
    }

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    /** Ticks are round numbers computed in doubles (0.15000000000000002): 12 digits keep them round. */
    private static final MathContext TICK_DIGITS = new MathContext(12);
    /** Pixels across a point of --style points: the tutorial's scatter plots, at a size 1500 steps still show. */
    private static final int POINT_SIZE = 4;

    private Charts() {}

    /** The plot command's chart: {@code lines} drawn in {@code style}, named in a legend below. */
    public static XYChart plot(List<PlotLine> lines, StepRange range, boolean logY, PlotStyle style, int width,
            int height) {
        Legend legend = new Legend(lines.stream().map(PlotLine::name).toList(), style, width);
        return chart(new PlotChart(width, height, legend), lines, range, logY, style, "");
    }

    /** A chart with a title and no legend, as the demo's panels: one schedule, named by the title. */
    public static XYChart titled(List<PlotLine> lines, StepRange range, boolean logY, int width, int height,
            String title) {
        return chart(new PlotChart(width, height, Legend.NONE), lines, range, logY, PlotStyle.LINES, title);
    }

    private static XYChart chart(XYChart chart, List<PlotLine> lines, StepRange range, boolean logY, PlotStyle look,
            String title) {
        chart.setTitle(title);
        chart.setXAxisTitle("Iteration");
        chart.setYAxisTitle("Learning Rate");
        XYStyler style = chart.getStyler();
        style.setChartTitleVisible(!title.isEmpty());
        style.setChartTitleFont(TITLE);
        style.setAxisTitleFont(LABEL);
        style.setAxisTickLabelsFont(TICKS);
        style.setLegendVisible(false); // our own, below the plot: XChart's keeps to one row and is cut off
        style.setChartBackgroundColor(Color.WHITE);
        style.setPlotBorderVisible(false);
        style.setYAxisLogarithmic(logY);
        style.setXAxisDecimalPattern("#,###");
        style.setMarkerSize(POINT_SIZE);
        // half a step either side: each step's own slot, and off the steps' grid, which XChart would otherwise
        // label at every n-th data point (69, 138, ...) instead of at round numbers
        style.setXAxisMin(range.from() - 0.5);
        style.setXAxisMax(range.last() + 0.5);
        if (logY) {
            style.setYAxisDecimalPattern("0E0"); // every decade alike: XChart's default mixes 0.001 and 1E-4
        } else {
            padY(style, lines);
            chart.setCustomYAxisTickLabelsFormatter(Charts::linearTick);
        }
        for (int i = 0; i < lines.size(); i++) {
            PlotLine line = lines.get(i);
            XYSeries series = chart.addSeries(line.name(), toDoubles(line.points().steps()), line.points().values());
            SeriesLook seriesLook = SeriesLook.of(i);
            series.setLineColor(seriesLook.color());
            series.setMarkerColor(seriesLook.color());
            if (look == PlotStyle.POINTS) {
                series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                series.setMarker(seriesLook.point());
            } else {
                series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                series.setMarker(SeriesMarkers.NONE);
                series.setLineStyle(seriesLook.line());
            }
        }
        return chart;
    }

    /**
     * A 5% margin above and below the values, as matplotlib draws the documents' figures. It also keeps the axis
     * ends off the values' grid: XChart labels evenly spaced values (a triangle's) one by one otherwise.
     */
    private static void padY(XYStyler style, List<PlotLine> lines) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (PlotLine line : lines) {
            for (double v : line.points().values()) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        double margin = high > low ? (high - low) * 0.05 : Math.max(Math.abs(high) * 0.05, 1e-3);
        style.setYAxisMin(low - margin);
        style.setYAxisMax(high + margin);
    }

    /** A tick value's shortest decimal, with its leading zero (0.05, not XChart's .05). */
    private static String linearTick(double value) {
        return new BigDecimal(value).round(TICK_DIGITS).stripTrailingZeros().toPlainString();
    }

    private static double[] toDoubles(long[] steps) {
        double[] x = new double[steps.length];
        for (int i = 0; i < steps.length; i++) {
            x[i] = steps[i];
        }
        return x;
    }
}
