package org.lrsched.cli.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Every configuration side by side at the goals' size: roofline fractions, speed-ups over the peers, at(2^62). */
final class CrossConfigTables {
    private CrossConfigTables() {}

    static String render(List<StoredRun> runs) {
        String steps = Suite.GOAL_STEPS;
        StringBuilder out = new StringBuilder();

        out.append("\n### Vector fill of ").append(ReportFormat.steps(steps))
                .append(" steps: fraction of the roofline (steps per second)\n\n");
        MarkdownTable roofline = new MarkdownTable(header(runs, "schedule", "precision"));
        for (String schedule : union(runs, run -> run.values(Suite.FILL, "schedule"))) {
            for (String precision : union(runs, run -> run.values(Suite.FILL, "precision"))) {
                List<String> row = new ArrayList<>(List.of(schedule, precision));
                for (StoredRun run : runs) {
                    FillComparisons c = new FillComparisons(run);
                    Optional<Measure> fraction = c.ofRoofline(schedule, precision, steps);
                    row.add(fraction.isEmpty() ? ReportFormat.MISSING : ReportFormat.percent(fraction) + " ("
                            + ReportFormat.rate(c.fill("vector", schedule, precision, steps)) + ")");
                }
                roofline.row(row);
            }
        }
        out.append(roofline);

        out.append("\n### Vector fill of ").append(ReportFormat.steps(steps)).append(" steps over the peers\n\n");
        MarkdownTable peers = new MarkdownTable(header(runs, "schedule", "over"));
        for (String schedule : union(runs, run -> run.values(Suite.FILL, "schedule"))) {
            for (String precision : union(runs, run -> run.values(Suite.FILL, "precision"))) {
                peerRow(peers, runs, schedule, "DJL, " + precision, c -> c.overDjl(schedule, precision, steps));
                String standIn = schedule.equals(Suite.ND4J_STAND_IN) ? " †" : "";
                peerRow(peers, runs, schedule, "ND4J, " + precision + standIn,
                        c -> c.overNd4j(schedule, precision, steps));
            }
        }
        out.append(peers);

        List<String> atSchedules = union(runs, run -> run.values(Suite.AT, "schedule"));
        if (!atSchedules.isEmpty()) {
            out.append("\n### at(2^62), nanoseconds per call\n\n");
            MarkdownTable at = new MarkdownTable(header(runs, "schedule"));
            for (String schedule : atSchedules) {
                List<String> row = new ArrayList<>(List.of(schedule));
                for (StoredRun run : runs) {
                    row.add(ReportFormat.plain(run.find(Suite.AT, Map.of("schedule", schedule, "step",
                            Suite.AT_GOAL_STEP)).map(JmhResult::score)));
                }
                at.row(row);
            }
            out.append(at);
        }
        return out.toString();
    }

    /** A row only where some configuration measured the peer. */
    private static void peerRow(MarkdownTable table, List<StoredRun> runs, String schedule, String over,
            Function<FillComparisons, Optional<Measure>> speedUp) {
        List<String> row = new ArrayList<>(List.of(schedule, over));
        boolean any = false;
        for (StoredRun run : runs) {
            Optional<Measure> s = speedUp.apply(new FillComparisons(run));
            any |= s.isPresent();
            row.add(ReportFormat.times(s));
        }
        if (any) {
            table.row(row);
        }
    }

    /** The first columns, then one per configuration: its config name when all share one CPU. */
    private static List<String> header(List<StoredRun> runs, String... first) {
        List<String> header = new ArrayList<>(List.of(first));
        boolean oneCpu = runs.stream().map(StoredRun::cpu).distinct().count() == 1;
        runs.forEach(run -> header.add(oneCpu ? run.config() : run.name()));
        return header;
    }

    private static List<String> union(List<StoredRun> runs, Function<StoredRun, List<String>> values) {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        runs.forEach(run -> all.addAll(values.apply(run)));
        return List.copyOf(all);
    }
}
