package org.lrsched.cli.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One run's table fills, a table per precision: per schedule and size, each kernel's and peer's steps per
 * second, the vector fill's fraction of the roofline and its speed-ups, all with JMH's error bars.
 */
final class FillTables {
    private FillTables() {}

    static String render(StoredRun run) {
        FillComparisons c = new FillComparisons(run);
        List<String> sizes = new ArrayList<>(run.values(Suite.FILL, "steps"));
        sizes.sort(Comparator.comparingLong((String s) -> Long.parseLong(s)).reversed());
        StringBuilder out = new StringBuilder();
        for (String precision : run.values(Suite.FILL, "precision")) {
            out.append("\n#### ").append(precision).append(" tables, steps per second\n\n");
            MarkdownTable table = new MarkdownTable(List.of("schedule", "steps", "vector", "of roofline", "scalar",
                    "reference", "vector × reference", "DJL", "vector × DJL", "ND4J", "vector × ND4J"));
            for (String steps : sizes) {
                table.row(List.of("*roofline: Arrays.fill*", ReportFormat.steps(steps),
                        ReportFormat.rate(c.roofline(precision, steps)), "100%", "", "", "", "", "", "", ""));
            }
            for (String schedule : run.values(Suite.FILL, "schedule")) {
                for (String steps : sizes) {
                    String nd4j = schedule.equals(Suite.ND4J_STAND_IN) ? " †" : "";
                    table.row(List.of(schedule, ReportFormat.steps(steps),
                            ReportFormat.rate(c.fill("vector", schedule, precision, steps)),
                            ReportFormat.percent(c.ofRoofline(schedule, precision, steps)),
                            ReportFormat.rate(c.fill("scalar", schedule, precision, steps)),
                            ReportFormat.rate(c.fill("reference", schedule, precision, steps)),
                            ReportFormat.times(c.overReference(schedule, precision, steps)),
                            ReportFormat.rate(c.djl(schedule, precision, steps)),
                            ReportFormat.times(c.overDjl(schedule, precision, steps)),
                            ReportFormat.rate(c.nd4j(schedule, precision, steps)) + nd4j,
                            ReportFormat.times(c.overNd4j(schedule, precision, steps)) + nd4j));
                }
            }
            out.append(table);
        }
        return out.toString();
    }
}
