package org.lrsched.cli.table;

import org.lrsched.Schedule;
import org.lrsched.table.Kernel;

/**
 * Wall-clock time of one kernel filling a range of steps, in cache-sized chunks and without any I/O: a rough
 * comparison of kernels for a printout, not a benchmark (the jmh module measures properly).
 */
public final class KernelTiming {
    private KernelTiming() {}

    /** Seconds to fill the range once through {@code kernel} in {@code precision}. */
    public static double seconds(Schedule schedule, StepRange range, Kernel kernel, Precision precision) {
        long started = System.nanoTime();
        if (precision == Precision.FLOAT) {
            Chunks.floats(schedule, range, kernel, (first, values, n) -> {});
        } else {
            Chunks.doubles(schedule, range, kernel, (first, values, n) -> {});
        }
        return (System.nanoTime() - started) / 1e9;
    }
}
