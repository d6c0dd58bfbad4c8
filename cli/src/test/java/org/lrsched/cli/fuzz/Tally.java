package org.lrsched.cli.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts of what a group of cases tried and how each ended, printed as a table, and the failures in full. */
final class Tally {
    private static final long SLOW_NANOS = 2_000_000_000L;

    private final String group;
    private final Map<String, int[]> byKind = new TreeMap<>(); // tried, ok, failed
    private final List<String> failures = new ArrayList<>();
    private final List<String> slow = new ArrayList<>();
    private final long started = System.nanoTime();

    Tally(String group) {
        this.group = group;
    }

    void ok(FuzzCase c) {
        counts(c)[1]++;
    }

    void failed(FuzzCase c, Problem problem) {
        counts(c)[2]++;
        failures.add(problem + "\n      " + c.describe());
    }

    /** A case that took long enough to be worth naming: what keeps the harness within its time. */
    void took(FuzzCase c, long nanos) {
        if (nanos > SLOW_NANOS) {
            slow.add(String.format("%.1f s: %s", nanos / 1e9, c.describe()));
        }
    }

    List<String> failures() {
        return failures;
    }

    private int[] counts(FuzzCase c) {
        int[] counts = byKind.computeIfAbsent(c.kind(), k -> new int[3]);
        counts[0]++;
        return counts;
    }

    String report() {
        StringBuilder text = new StringBuilder(String.format("%nfuzz: %s, %.1f s%n", group,
                (System.nanoTime() - started) / 1e9));
        text.append(String.format("  %-34s %7s %7s %7s%n", "cases", "tried", "ok", "failed"));
        int[] total = new int[3];
        byKind.forEach((kind, counts) -> {
            text.append(String.format("  %-34s %7d %7d %7d%n", kind, counts[0], counts[1], counts[2]));
            for (int i = 0; i < 3; i++) {
                total[i] += counts[i];
            }
        });
        text.append(String.format("  %-34s %7d %7d %7d%n", "total", total[0], total[1], total[2]));
        slow.forEach(s -> text.append("  slow, ").append(s).append('\n'));
        failures.stream().limit(30).forEach(f -> text.append("  FAILED ").append(f).append('\n'));
        if (failures.size() > 30) {
            text.append("  ... and ").append(failures.size() - 30).append(" more failures\n");
        }
        return text.toString();
    }
}
