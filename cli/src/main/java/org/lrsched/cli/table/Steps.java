package org.lrsched.cli.table;

import org.lrsched.Schedule;
import org.lrsched.cli.io.CliError;
import org.lrsched.contract.Contract;
import org.lrsched.table.Kernel;
import org.lrsched.table.Tables;

/** The schedule's values at steps, failing with the step named where the reference raises. */
public final class Steps {
    private Steps() {}

    /**
     * {@code n} values from step {@code first} into {@code out} through {@code kernel}. A table that would end
     * at the last long is filled up to it and the last step evaluated on its own (tables stop below it).
     */
    public static void fill(Schedule schedule, long first, double[] out, int n, Kernel kernel) {
        int bulk = bulkLength(first, n);
        filling(schedule, first, n, () -> Tables.fill(schedule, first, out, 0, bulk, kernel));
        if (bulk < n) {
            out[bulk] = at(schedule, Long.MAX_VALUE);
        }
    }

    /** As the double fill, each value rounded to float as the kernel's float tables do. */
    public static void fill(Schedule schedule, long first, float[] out, int n, Kernel kernel) {
        int bulk = bulkLength(first, n);
        filling(schedule, first, n, () -> Tables.fill(schedule, first, out, 0, bulk, kernel));
        if (bulk < n) {
            out[bulk] = (float) at(schedule, Long.MAX_VALUE);
        }
    }

    /** The contract of {@code n} steps from {@code first} (the last long, evaluated alone, owes bit identity). */
    public static Contract contract(Schedule schedule, long first, int n) {
        int bulk = bulkLength(first, n);
        Contract[] contract = new Contract[1];
        filling(schedule, first, n, () -> contract[0] = Contract.of(schedule, first, bulk));
        return contract[0];
    }

    private static int bulkLength(long first, int n) {
        return first + n - 1 == Long.MAX_VALUE ? n - 1 : n;
    }

    /** Runs a fill; where the reference raises, names the first step it raises at. */
    private static void filling(Schedule schedule, long first, int n, Runnable fill) {
        try {
            fill.run();
        } catch (ArithmeticException e) {
            for (int i = 0; i < n; i++) {
                at(schedule, first + i);
            }
            throw new CliError("steps " + first + " to " + (first + n - 1) + ": " + e.getMessage());
        }
    }

    /** Where the reference Python raises for a step, so does the schedule: say which step. */
    public static double at(Schedule schedule, long step) {
        try {
            return schedule.at(step);
        } catch (ArithmeticException e) {
            throw new CliError("step " + step + ": " + e.getMessage());
        }
    }
}
