package org.lrsched.jmh;

import org.lrsched.Schedule;
import org.lrsched.contract.Contract;

/**
 * The benchmarked table against per-step {@code at}, under the equivalence contract of that table's plan (bit
 * identity where the pieces are IEEE arithmetic only, else the contract's bound): no number from a wrong table.
 */
final class TableCheck {
    private TableCheck() {}

    static void check(Schedule schedule, double[] doubles, float[] floats, int steps) {
        Contract contract = Contract.of(schedule, 0, steps);
        int stride = Math.max(1, steps / 200_000); // a sample of a long table, every step of a short one
        for (int i = 0; i < steps; i += stride) {
            double want = schedule.at(i);
            if (doubles != null && !contract.holds(want, doubles[i])) {
                throw new IllegalStateException(schedule + " step " + i + ": table " + doubles[i] + " != " + want
                        + " (" + contract + ")");
            }
            if (floats != null && !contract.holds((float) want, floats[i])) {
                throw new IllegalStateException(schedule + " step " + i + ": table " + floats[i] + " != " + want
                        + " (" + contract + ")");
            }
        }
    }
}
