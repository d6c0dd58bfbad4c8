package org.lrsched.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One run's random access: {@code at(step)} and the tutorial's loop, nanoseconds per call, by schedule and step. */
final class AtTable {
    private AtTable() {}

    static String render(StoredRun run) {
        List<String> atSteps = run.values(Suite.AT, "step");
        List<String> loopSteps = run.values(Suite.LOOP, "step");
        if (atSteps.isEmpty() && loopSteps.isEmpty()) {
            return "";
        }
        List<String> header = new ArrayList<>(List.of("schedule"));
        atSteps.forEach(s -> header.add("at " + ReportFormat.steps(s)));
        loopSteps.forEach(s -> header.add("loop " + ReportFormat.steps(s)));
        MarkdownTable table = new MarkdownTable(header);
        List<String> schedules = new ArrayList<>(run.values(Suite.AT, "schedule"));
        run.values(Suite.LOOP, "schedule").stream().filter(s -> !schedules.contains(s)).forEach(schedules::add);
        for (String schedule : schedules) {
            List<String> row = new ArrayList<>(List.of(schedule));
            atSteps.forEach(s -> row.add(nanos(run, Suite.AT, schedule, s)));
            loopSteps.forEach(s -> row.add(nanos(run, Suite.LOOP, schedule, s)));
            table.row(row);
        }
        return "\n#### Random access, nanoseconds per call\n\n" + table;
    }

    private static String nanos(StoredRun run, String benchmark, String schedule, String step) {
        Optional<Measure> score = run.find(benchmark, Map.of("schedule", schedule, "step", step)).map(JmhResult::score);
        return ReportFormat.plain(score);
    }
}
