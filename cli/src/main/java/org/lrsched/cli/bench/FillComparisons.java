package org.lrsched.cli.bench;

import java.util.Map;
import java.util.Optional;

/**
 * The ratios the report takes within one run: a vector fill against the roofline of the same precision and
 * size, against the reference kernel, and against each peer on the same table.
 */
final class FillComparisons {
    private final StoredRun run;

    FillComparisons(StoredRun run) {
        this.run = run;
    }

    Optional<Measure> fill(String kernel, String schedule, String precision, String steps) {
        return run.stepsPerSecond(Suite.FILL,
                Map.of("kernel", kernel, "schedule", schedule, "precision", precision, "steps", steps));
    }

    Optional<Measure> roofline(String precision, String steps) {
        return run.stepsPerSecond(Suite.ROOFLINE, Map.of("precision", precision, "steps", steps));
    }

    /** DJL's trackers return floats: it has float tables only. */
    Optional<Measure> djl(String schedule, String precision, String steps) {
        return precision.equals("float") ? run.stepsPerSecond(Suite.DJL, Map.of("schedule", schedule, "steps", steps))
                : Optional.empty();
    }

    Optional<Measure> nd4j(String schedule, String precision, String steps) {
        return run.stepsPerSecond(Suite.ND4J, Map.of("schedule", schedule, "precision", precision, "steps", steps));
    }

    Optional<Measure> ofRoofline(String schedule, String precision, String steps) {
        return ratio(fill("vector", schedule, precision, steps), roofline(precision, steps));
    }

    Optional<Measure> overReference(String schedule, String precision, String steps) {
        return ratio(fill("vector", schedule, precision, steps), fill("reference", schedule, precision, steps));
    }

    Optional<Measure> overDjl(String schedule, String precision, String steps) {
        return ratio(fill("vector", schedule, precision, steps), djl(schedule, precision, steps));
    }

    Optional<Measure> overNd4j(String schedule, String precision, String steps) {
        return ratio(fill("vector", schedule, precision, steps), nd4j(schedule, precision, steps));
    }

    /** The roofline over DJL: the most any fill of that table can gain over it. */
    Optional<Measure> rooflineOverDjl(String schedule, String precision, String steps) {
        return ratio(roofline(precision, steps), djl(schedule, precision, steps));
    }

    Optional<Measure> rooflineOverNd4j(String schedule, String precision, String steps) {
        return ratio(roofline(precision, steps), nd4j(schedule, precision, steps));
    }

    private static Optional<Measure> ratio(Optional<Measure> a, Optional<Measure> b) {
        return a.flatMap(x -> b.map(x::over));
    }
}
