package org.lrsched.cli.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
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
    /** matplotlib's default colours, as in the documents' figures. */
    private static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
        new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
        new Color(0xbcbd22), new Color(0x17becf)};
    /** Ticks are round numbers computed in doubles (0.15000000000000002): 12 digits keep them round. */
    private static final MathContext TICK_DIGITS = new MathContext(12);
    private static final BasicStroke LINE = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);

    private Charts() {}

    /**
     * A chart of {@code lines}, {@code width} x {@code height} pixels, with a legend naming them when
     * {@code legend}; {@code title} may be empty.
     */
    public static XYChart lines(List<PlotLine> lines, StepRange range, boolean logY, int width, int height, String title,
            boolean legend) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(title)
                .xAxisTitle("Iteration").yAxisTitle("Learning Rate").build();
        XYStyler style = chart.getStyler();
        style.setChartTitleVisible(!title.isEmpty());
        style.setChartTitleFont(TITLE);
        style.setAxisTitleFont(LABEL);
        style.setAxisTickLabelsFont(TICKS);
        style.setLegendFont(LABEL);
        style.setLegendVisible(legend);
        style.setLegendPosition(Styler.LegendPosition.OutsideS);
        style.setLegendLayout(Styler.LegendLayout.Horizontal);
        style.setChartBackgroundColor(Color.WHITE);
        style.setPlotBorderVisible(false);
        style.setYAxisLogarithmic(logY);
        style.setSeriesColors(COLORS);
        style.setXAxisDecimalPattern("#,###");
        // half a step either side: each step's own slot, and off the steps' grid, which XChart would otherwise
        // label at every n-th data point (69, 138, ...) instead of at round numbers
        style.setXAxisMin(range.from() - 0.5);
        style.setXAxisMax(range.last() + 0.5);
        if (!logY) {
            padY(style, lines);
            chart.setCustomYAxisTickLabelsFormatter(Charts::linearTick);
        }
        style.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        for (PlotLine line : lines) {
            XYSeries series = chart.addSeries(line.name(), toDoubles(line.points().steps()), line.points().values());
            series.setMarker(SeriesMarkers.NONE);
            series.setLineStyle(LINE);
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

    public static BufferedImage image(XYChart chart) {
        return BitmapEncoder.getBufferedImage(chart);
    }

    private static double[] toDoubles(long[] steps) {
        double[] x = new double[steps.length];
        for (int i = 0; i < steps.length; i++) {
            x[i] = steps[i];
        }
        return x;
    }
}
