package org.lrsched.jmh;

import java.util.function.IntToDoubleFunction;
import org.lrsched.Schedule;

/**
 * A peer's table against our reference {@code at}, within the bound that the peer's known differences allow
 * ({@link DjlTrackers} and {@link Nd4jSchedules} list them): no number from a wrong table, nor from a peer that
 * was asked for another schedule. Every step is checked. Returns a line saying how close the peer came.
 */
final class PeerCheck {
    /** DJL's float cosine: its float inputs and float operations (measured: within 1 ulp of max). */
    private static final int DJL_COSINE_ULPS_OF_MAX = 2;
    /** ND4J's triangle by increments: the roundings of the increment, its product and the sum, in ulps of max. */
    private static final int ND4J_TRIANGLE_ULPS_OF_MAX = 4;
    /** The sigmoid is within 2.8% of the span from the cosine, which ends at min_lr (0.1% of max) above it. */
    private static final double SIGMOID_SHAPE_FRACTION = 0.04;

    /** How far a peer's value at a step may be from ours ({@code want}, at the step the peer is compared to). */
    private interface Bound {
        double at(int step, double want);
    }

    private PeerCheck() {}

    static String djl(String workload, Schedule ours, float[] table) {
        switch (workload) {
            case "warmup_cosine_full":
                return check("DJL", workload, ours, 0, i -> table[i], true, table.length,
                        (i, want) -> DJL_COSINE_ULPS_OF_MAX * Math.ulp((float) Workloads.COSINE_MAX_LR));
            case "cyclical_triangular":
                // the position in the cycle is off by up to one float ulp of 1 + step / 500; the slope is
                // (max - min) per half cycle; then two float roundings near max
                return check("DJL", workload, ours, 0, i -> table[i], true, table.length,
                        (i, want) -> (2 - 0.5) / 0.5 * Math.ulp(1 + i / 500f) + 2 * Math.ulp(2f));
            case "warmup_multifactor":
                // the ramp's float division against our double one rounded to float; the levels are exact
                return check("DJL", workload, ours, 0, i -> table[i], true, table.length, (i, want) -> Math.ulp((float) want));
            default:
                throw new IllegalArgumentException("no DJL check for workload '" + workload + "'");
        }
    }

    static String nd4j(String workload, Schedule ours, double[] doubles, float[] floats) {
        int steps = doubles != null ? doubles.length : floats.length;
        IntToDoubleFunction table = doubles != null ? i -> doubles[i] : i -> floats[i];
        Bound bound;
        int shift = 0;
        switch (workload) {
            case "warmup_cosine_full": {
                double max = Workloads.COSINE_MAX_LR;
                int warmup = Workloads.cosineWarmup(steps);
                // a shape check: within 4% of max, plus one step of the ramp (it ends a step early)
                bound = (i, want) -> SIGMOID_SHAPE_FRACTION * max + max / warmup;
                break;
            }
            case "cyclical_triangular":
                bound = (i, want) -> ND4J_TRIANGLE_ULPS_OF_MAX * Math.ulp(2.0);
                break;
            case "warmup_multifactor":
                shift = 1; // ND4J's table is ours one step earlier, bit for bit
                bound = (i, want) -> 0;
                break;
            default:
                throw new IllegalArgumentException("no ND4J check for workload '" + workload + "'");
        }
        if (floats != null) { // the float table is the double one rounded: one more float ulp, unless identical
            Bound doubleBound = bound;
            bound = (i, want) -> {
                double b = doubleBound.at(i, want);
                return b == 0 ? 0 : b + Math.ulp((float) want);
            };
        }
        return check("ND4J", workload, ours, shift, table, floats != null, steps, bound);
    }

    /**
     * Every step {@code i}: {@code |table(i) - ours.at(i + shift)| <= bound}, else the run fails here. A float
     * table is compared with our value rounded to float, as the contract's float tables are.
     */
    private static String check(String peer, String workload, Schedule ours, int shift, IntToDoubleFunction table,
            boolean floatTable, int steps, Bound bound) {
        double worst = 0; // the largest |difference| / bound seen
        for (int i = 0; i < steps; i++) {
            double exact = ours.at(i + (long) shift);
            double want = floatTable ? (float) exact : exact;
            double got = table.applyAsDouble(i);
            double limit = bound.at(i, want);
            double difference = Math.abs(got - want);
            if (!(difference <= limit)) {
                throw new IllegalStateException(peer + " " + workload + " step " + i + ": " + got + " vs ours "
                        + want + (shift != 0 ? " (at step " + (i + shift) + ")" : "") + ", off by " + difference
                        + " > " + limit);
            }
            if (limit > 0) {
                worst = Math.max(worst, difference / limit);
            }
        }
        return String.format("%s %s agrees with ours%s over %d steps: at most %.2f of the bound", peer, workload,
                shift != 0 ? " " + shift + " step later" : "", steps, worst);
    }
}
