package org.lrsched.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One of the project's performance goals (README) checked on one measured number, with what was measured and, when it is
 * missed, by how much. The point estimate decides; an error bar that reaches the goal is said.
 */
record Goal(String kind, boolean met, String text) {

    /** Every goal the run has a number for: roofline fractions, speed-ups over the peers, at() at 2^62. */
    static List<Goal> check(StoredRun run) {
        List<Goal> goals = new ArrayList<>();
        FillComparisons c = new FillComparisons(run);
        for (String precision : run.values(Suite.FILL, "precision")) {
            for (String schedule : run.values(Suite.FILL, "schedule")) {
                c.ofRoofline(schedule, precision, Suite.GOAL_STEPS).ifPresent(f -> goals.add(roofline(schedule, precision, f)));
            }
        }
        for (String steps : run.values(Suite.FILL, "steps")) {
            for (String precision : run.values(Suite.FILL, "precision")) {
                for (String schedule : run.values(Suite.FILL, "schedule")) {
                    peer("DJL", schedule, precision, steps, c.overDjl(schedule, precision, steps),
                            c.rooflineOverDjl(schedule, precision, steps), goals);
                    peer("ND4J", schedule, precision, steps, c.overNd4j(schedule, precision, steps),
                            c.rooflineOverNd4j(schedule, precision, steps), goals);
                }
            }
        }
        for (String schedule : run.values(Suite.AT, "schedule")) {
            run.find(Suite.AT, Map.of("schedule", schedule, "step", Suite.AT_GOAL_STEP))
                    .ifPresent(r -> goals.add(at(schedule, r.score())));
        }
        return goals;
    }

    private static Goal roofline(String schedule, String precision, Measure fraction) {
        boolean met = fraction.value() >= Suite.ROOFLINE_GOAL;
        String text = schedule + ", " + precision + ", " + ReportFormat.steps(Suite.GOAL_STEPS) + " steps: "
                + ReportFormat.percent(Optional.of(fraction)) + " of the roofline";
        if (!met) {
            text += String.format(Locale.ROOT, " (goal %.0f%%: %.0f points short; the fill needs %.2f× its speed)",
                    Suite.ROOFLINE_GOAL * 100, (Suite.ROOFLINE_GOAL - fraction.value()) * 100,
                    Suite.ROOFLINE_GOAL / fraction.value());
        }
        return new Goal("roofline", met, text + reach(fraction, Suite.ROOFLINE_GOAL));
    }

    /**
     * {@code ceiling}: the roofline over the peer, the most any fill can gain over it; said when the goal is
     * missed, since a goal above it cannot be met by any kernel.
     */
    private static void peer(String peer, String schedule, String precision, String steps, Optional<Measure> speedUp,
            Optional<Measure> ceiling, List<Goal> goals) {
        speedUp.ifPresent(s -> {
            boolean met = s.value() >= Suite.PEER_GOAL;
            String standIn = peer.equals("ND4J") && schedule.equals(Suite.ND4J_STAND_IN) ? " (ND4J: closest shape)" : "";
            String text = "× " + peer + ", " + schedule + standIn + ", " + precision + ", " + ReportFormat.steps(steps)
                    + " steps: " + ReportFormat.times(Optional.of(s));
            if (!met) {
                text += String.format(Locale.ROOT, " (goal %.0f×: %.2f× short)", Suite.PEER_GOAL,
                        Suite.PEER_GOAL / s.value());
                text += ceiling.filter(x -> x.value() < Suite.PEER_GOAL).map(x -> "; Arrays.fill itself is only "
                        + ReportFormat.times(Optional.of(x)) + " the peer, so no fill can meet it").orElse("");
            }
            goals.add(new Goal("peers", met, text + reach(s, Suite.PEER_GOAL)));
        });
    }

    private static Goal at(String schedule, Measure nanos) {
        boolean met = nanos.value() < Suite.AT_GOAL_NANOS;
        String text = "at(2^62), " + schedule + ": " + ReportFormat.plain(Optional.of(nanos)) + " ns";
        if (!met) {
            text += String.format(Locale.ROOT, " (goal under %.0f ns: %.2f× over)", Suite.AT_GOAL_NANOS,
                    nanos.value() / Suite.AT_GOAL_NANOS);
        }
        return new Goal("at", met, text + reach(nanos, Suite.AT_GOAL_NANOS));
    }

    /** Says so when the goal lies within the error bars: the verdict may flip on a rerun. */
    private static String reach(Measure m, double goal) {
        return Math.abs(m.value() - goal) <= m.error() ? " — the goal is within the error bars" : "";
    }
}
