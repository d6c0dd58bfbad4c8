package org.lrsched.table;

import java.util.Objects;
import org.lrsched.Schedule;
import org.lrsched.formula.Out;
import org.lrsched.plan.Plans;

/**
 * Whole tables of a schedule: steps {@code [firstStep, firstStep + length)} into an array, from the schedule's
 * plan of pieces, never through {@code at} per step (except for what has no piece). The kernel is the
 * provider's choice ({@link Kernels#preferred()}) unless one is given.
 */
public final class Tables {
    private Tables() {}

    public static void fill(Schedule schedule, long firstStep, double[] out, int offset, int length) {
        fill(schedule, firstStep, Out.of(out), offset, length, Kernels.preferred());
    }

    public static void fill(Schedule schedule, long firstStep, float[] out, int offset, int length) {
        fill(schedule, firstStep, Out.of(out), offset, length, Kernels.preferred());
    }

    public static void fill(Schedule schedule, long firstStep, double[] out, int offset, int length, Kernel kernel) {
        fill(schedule, firstStep, Out.of(out), offset, length, kernel);
    }

    public static void fill(Schedule schedule, long firstStep, float[] out, int offset, int length, Kernel kernel) {
        fill(schedule, firstStep, Out.of(out), offset, length, kernel);
    }

    /** The output type is chosen here, once: every piece of the fill writes through {@code out}. */
    public static void fill(Schedule schedule, long firstStep, Out out, int offset, int length, Kernel kernel) {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(kernel, "kernel");
        Objects.checkFromIndexSize(offset, length, out.length());
        if (firstStep < 0) {
            throw new IllegalArgumentException("firstStep must be >= 0, got " + firstStep);
        }
        if (firstStep > Long.MAX_VALUE - length) {
            throw new IllegalArgumentException("a table must end below step 2^63 - 1: firstStep " + firstStep
                    + " + length " + length + " is past it");
        }
        if (kernel == Kernels.REFERENCE) {
            for (int i = 0; i < length; i++) {
                out.put(offset + i, schedule.at(firstStep + i));
            }
        } else {
            Plans.plan(schedule, firstStep, length, new Filler(kernel, out, offset, firstStep));
        }
    }
}
