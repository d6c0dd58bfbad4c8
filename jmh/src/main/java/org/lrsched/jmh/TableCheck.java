package org.lrsched.jmh;

import org.lrsched.Schedule;

/**
 * The benchmarked table against per-step {@code at}, under DESIGN.md's contract (bit identity, or 2^-50 x the
 * table's largest |lr| for doubles and one float ulp for floats where cos/pow is involved): no number from a
 * wrong table.
 */
final class TableCheck {
    private TableCheck() {}

    static void check(Schedule schedule, double[] doubles, float[] floats, int steps) {
        double scale = 0;
        int stride = Math.max(1, steps / 200_000); // a sample of a long table, every step of a short one
        for (int i = 0; i < steps; i += stride) {
            scale = Math.max(scale, Math.abs(schedule.at(i)));
        }
        double bound = Math.max(Math.scalb(scale, -50), Double.MIN_VALUE); // subnormal rates round to MIN_VALUE
        for (int i = 0; i < steps; i += stride) {
            double want = schedule.at(i);
            if (doubles != null && !(Math.abs(doubles[i] - want) <= bound)) {
                throw new IllegalStateException(schedule + " step " + i + ": table " + doubles[i] + " != " + want);
            }
            if (floats != null && !(Math.abs(floats[i] - (float) want) <= Math.ulp((float) want))) {
                throw new IllegalStateException(schedule + " step " + i + ": table " + floats[i] + " != " + want);
            }
        }
    }
}
