package org.lrsched.cli.bench;

import java.awt.Color;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;
import org.lrsched.cli.plot.ImageFile;

/**
 * The report's bar charts, PNG files beside the README: per run the vector fill's fraction of the roofline and
 * the peers' throughput; across runs the fraction of the roofline per configuration.
 */
final class ReportCharts {
    static {
        // before AWT starts: charts are drawn into images, never on a screen (servers and CI have none)
        System.setProperty("java.awt.headless", "true");
    }

    private static final int WIDTH = 1100;
    private static final int HEIGHT = 560;

    private final Path dir;
    private final PrintWriter err;

    /** Charts into {@code dir}; a stale temporary file removed there is reported on {@code err}. */
    ReportCharts(Path dir, PrintWriter err) {
        this.dir = dir;
        this.err = err;
    }

    /**
     * The fraction of the roofline per schedule at the run's largest size (the goals' in a full run), a bar per
     * precision, and the goal; null when the run has no table fills.
     */
    String roofline(StoredRun run) {
        FillComparisons c = new FillComparisons(run);
        List<String> schedules = run.values(Suite.FILL, "schedule");
        if (schedules.isEmpty()) {
            return null;
        }
        String steps = run.largestSteps();
        CategoryChart chart = chart(run.name() + ": vector fill of " + ReportFormat.steps(steps)
                + " steps", "% of Arrays.fill (roofline)", false);
        for (String precision : run.values(Suite.FILL, "precision")) {
            addSeries(chart, precision, schedules, s -> c.ofRoofline(s, precision, steps), 100);
        }
        addGoal(chart, schedules, Suite.ROOFLINE_GOAL * 100);
        return save(chart, run.fileStem() + "-roofline.png");
    }

    /** Steps per second, log scale: ours and each peer on the peers' workloads at the largest size; or null. */
    String peers(StoredRun run) {
        FillComparisons c = new FillComparisons(run);
        List<String> schedules = new ArrayList<>(run.values(Suite.ND4J, "schedule"));
        run.values(Suite.DJL, "schedule").stream().filter(s -> !schedules.contains(s)).forEach(schedules::add);
        if (schedules.isEmpty()) {
            return null;
        }
        String steps = run.largestSteps();
        CategoryChart chart = chart(run.name() + ": tables of " + ReportFormat.steps(steps)
                + " steps (ND4J's cosine is the closest shape)", "steps per second", true);
        for (String precision : run.values(Suite.FILL, "precision")) {
            addSeries(chart, "ours, " + precision, schedules, s -> c.fill("vector", s, precision, steps), 1);
            if (precision.equals("float")) {
                addSeries(chart, "DJL, float", schedules, s -> c.djl(s, precision, steps), 1);
            }
            addSeries(chart, "ND4J, " + precision, schedules, s -> c.nd4j(s, precision, steps), 1);
        }
        startLogAxisBelow(chart);
        return save(chart, run.fileStem() + "-peers.png");
    }

    /**
     * The fraction of the roofline per schedule, a bar per configuration of one CPU (configurations of different
     * CPUs share names, and one chart of them all would be unreadable); null without table fills.
     */
    String configs(String cpu, List<StoredRun> runs, String precision) {
        List<String> schedules = runs.stream().flatMap(r -> r.values(Suite.FILL, "schedule").stream()).distinct()
                .toList();
        if (schedules.isEmpty()) {
            return null;
        }
        CategoryChart chart = chart(precision + " tables of " + ReportFormat.steps(Suite.GOAL_STEPS)
                + " steps, every configuration of " + cpu, "% of Arrays.fill (roofline)", false);
        for (StoredRun run : runs) {
            FillComparisons c = new FillComparisons(run);
            addSeries(chart, run.config(), schedules, s -> c.ofRoofline(s, precision, Suite.GOAL_STEPS), 100);
        }
        addGoal(chart, schedules, Suite.ROOFLINE_GOAL * 100);
        return save(chart, "configs-" + cpu + "-roofline-" + precision + ".png");
    }

    private static CategoryChart chart(String title, String yTitle, boolean logY) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .yAxisTitle(yTitle).build();
        CategoryStyler style = chart.getStyler();
        style.setLegendPosition(Styler.LegendPosition.OutsideS);
        style.setLegendLayout(Styler.LegendLayout.Horizontal);
        style.setChartBackgroundColor(Color.WHITE);
        style.setXAxisLabelRotation(20);
        style.setYAxisLogarithmic(logY);
        style.setErrorBarsColorSeriesColor(true);
        style.setAvailableSpaceFill(0.8);
        return chart;
    }

    /**
     * A bar per category; a missing number leaves a gap; error bars where JMH gave them, except on a log axis
     * (XChart refuses a bar whose error reaches below zero there).
     */
    private static void addSeries(CategoryChart chart, String name, List<String> categories,
            Function<String, Optional<Measure>> value, double scale) {
        boolean errorBars = !chart.getStyler().isYAxisLogarithmic();
        List<Double> ys = new ArrayList<>();
        List<Double> errors = new ArrayList<>();
        for (String category : categories) {
            Optional<Measure> m = value.apply(category).map(x -> x.times(scale));
            ys.add(m.map(Measure::value).orElse(null));
            errors.add(m.map(x -> errorBars && Double.isFinite(x.error()) ? x.error() : 0.0).orElse(0.0));
        }
        if (ys.stream().allMatch(y -> y == null)) {
            return;
        }
        if (errorBars) {
            chart.addSeries(name, categories, ys, errors);
        } else {
            chart.addSeries(name, categories, ys);
        }
    }

    /**
     * Bars start at 0 unless told otherwise, which a log axis cannot show: start at the power of ten below half
     * the smallest bar, so that every bar stands at least a factor of 2 tall.
     */
    private static void startLogAxisBelow(CategoryChart chart) {
        double min = chart.getSeriesMap().values().stream().flatMap(series -> series.getYData().stream())
                .filter(y -> y != null).mapToDouble(Number::doubleValue).filter(y -> y > 0).min().orElse(1);
        chart.getStyler().setYAxisMin(Math.pow(10, Math.floor(Math.log10(min / 2))));
    }

    private static void addGoal(CategoryChart chart, List<String> categories, double goal) {
        List<Double> line = categories.stream().map(c -> goal).toList();
        CategorySeries series = chart.addSeries(String.format("goal %.0f%%", goal), categories, line);
        series.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        series.setLineColor(Color.RED);
        series.setMarkerColor(Color.RED);
    }

    /** Null, drawing nothing, when no series has a number. */
    private String save(CategoryChart chart, String file) {
        if (chart.getSeriesMap().values().stream().allMatch(s -> s.getChartCategorySeriesRenderStyle()
                == CategorySeries.CategorySeriesRenderStyle.Line)) {
            return null;
        }
        ImageFile.write(chart, dir.resolve(file), err);
        return file;
    }
}
