package org.lrsched.jmh;

import org.nd4j.linalg.schedule.CycleSchedule;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.MapSchedule;
import org.nd4j.linalg.schedule.RampSchedule;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.linalg.schedule.SigmoidSchedule;

/**
 * ND4J's schedules for the peer workloads, built as an ND4J user would write the same schedule (per iteration;
 * the epoch argument is ignored). They compute in double from an int step. Differences from our tables, each held
 * to its bound by {@link PeerCheck#nd4j}:
 * <ul>
 *   <li>warmup_cosine_full: ND4J has no cosine schedule. The closest shape is a smooth S-shaped decay of the same
 *       span, {@code SigmoidSchedule} (one {@code exp} per step, as ours is one {@code cos}), centred on the
 *       cosine's midpoint with the steepness that keeps it within 2.8% of the cosine's span, under a
 *       {@code RampSchedule} warm-up: a comparison of throughput on a near shape, not of values.
 *   <li>{@code RampSchedule} multiplies the wrapped schedule at the same step by {@code (step + 1) / W} (it does not
 *       shift it) and reaches full rate at step {@code W - 1}: one step before ours.
 *   <li>cyclical_triangular: {@code CycleSchedule} without its annealing tail is the same triangle, computed as
 *       {@code min + increment * position} rather than {@code position / half * range + min}: a few double ulps.
 *   <li>warmup_multifactor: {@code MapSchedule} keys placed at warm-up + MXNet's listed steps switch at the key,
 *       where MXNet switches one step after it; with the ramp one step early too, ND4J's whole table is ours one
 *       step earlier, exactly.
 * </ul>
 */
final class Nd4jSchedules {
    /** Sigmoid steepness over the cosine's length that best matches the half cosine: at most 2.8% apart. */
    private static final double SIGMOID_STEEPNESS = 7.5;

    private Nd4jSchedules() {}

    static ISchedule of(String workload, int steps) {
        switch (workload) {
            case "warmup_cosine_full": {
                int warmup = Workloads.cosineWarmup(steps);
                int length = steps - warmup;
                ISchedule decay = new SigmoidSchedule(ScheduleType.ITERATION, Workloads.COSINE_MAX_LR,
                        -SIGMOID_STEEPNESS / length, warmup + length / 2);
                return new RampSchedule(decay, warmup);
            }
            case "cyclical_triangular":
                return new CycleSchedule(ScheduleType.ITERATION, 0.5, 2, 500, 0, 1);
            case "warmup_multifactor": {
                ISchedule levels = new MapSchedule.Builder(ScheduleType.ITERATION).add(0, 1).add(250 + 250, 0.5)
                        .add(250 + 750, 0.25).add(250 + 900, 0.125).build();
                return new RampSchedule(levels, 250);
            }
            default:
                throw new IllegalArgumentException("no ND4J schedule for workload '" + workload + "'");
        }
    }

    /** The table as an ND4J user fills it: one call per step. */
    static double[] fill(ISchedule schedule, double[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = schedule.valueAt(i, 0);
        }
        return out;
    }

    static float[] fill(ISchedule schedule, float[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) schedule.valueAt(i, 0);
        }
        return out;
    }
}
