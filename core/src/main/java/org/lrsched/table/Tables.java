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

    /**
     * Steps {@code [firstStep, firstStep + length)} into {@code out[offset]} onwards, by the preferred kernel.
     *
     * <pre>{@code
     * double[] table = new double[1_000_000];
     * Tables.fill(schedule, 0, table, 0, table.length);
     * }</pre>
     *
     * @param schedule the schedule
     * @param firstStep the step of {@code out[offset]}, {@code >= 0}
     * @param out the table
     * @param offset the index of the first value
     * @param length how many steps; the last, {@code firstStep + length - 1}, below {@code Long.MAX_VALUE} (for
     *     ranges up to that step, {@link #stream stream} them)
     * @throws ArithmeticException where the reference raises in the range
     * @throws IllegalArgumentException for a range outside the steps
     * @throws IndexOutOfBoundsException for a range outside {@code out}
     */
    public static void fill(Schedule schedule, long firstStep, double[] out, int offset, int length) {
        fill(schedule, firstStep, Out.of(out), offset, length, Kernels.preferred());
    }

    /**
     * As the double fill, each value rounded to the nearest float.
     *
     * @param schedule the schedule
     * @param firstStep the step of {@code out[offset]}, {@code >= 0}
     * @param out the table
     * @param offset the index of the first value
     * @param length how many steps; the last below {@code Long.MAX_VALUE}
     * @throws ArithmeticException where the reference raises in the range
     * @throws IllegalArgumentException for a range outside the steps
     * @throws IndexOutOfBoundsException for a range outside {@code out}
     */
    public static void fill(Schedule schedule, long firstStep, float[] out, int offset, int length) {
        fill(schedule, firstStep, Out.of(out), offset, length, Kernels.preferred());
    }

    /**
     * As {@link #fill(Schedule, long, double[], int, int)}, through the kernel given.
     *
     * @param schedule the schedule
     * @param firstStep the step of {@code out[offset]}, {@code >= 0}
     * @param out the table
     * @param offset the index of the first value
     * @param length how many steps; the last below {@code Long.MAX_VALUE}
     * @param kernel the kernel, e.g. {@link Kernels#named(String)}
     * @throws ArithmeticException where the reference raises in the range
     * @throws IllegalArgumentException for a range outside the steps
     * @throws IndexOutOfBoundsException for a range outside {@code out}
     */
    public static void fill(Schedule schedule, long firstStep, double[] out, int offset, int length, Kernel kernel) {
        fill(schedule, firstStep, Out.of(out), offset, length, kernel);
    }

    /**
     * As {@link #fill(Schedule, long, float[], int, int)}, through the kernel given.
     *
     * @param schedule the schedule
     * @param firstStep the step of {@code out[offset]}, {@code >= 0}
     * @param out the table
     * @param offset the index of the first value
     * @param length how many steps; the last below {@code Long.MAX_VALUE}
     * @param kernel the kernel, e.g. {@link Kernels#named(String)}
     * @throws ArithmeticException where the reference raises in the range
     * @throws IllegalArgumentException for a range outside the steps
     * @throws IndexOutOfBoundsException for a range outside {@code out}
     */
    public static void fill(Schedule schedule, long firstStep, float[] out, int offset, int length, Kernel kernel) {
        fill(schedule, firstStep, Out.of(out), offset, length, kernel);
    }

    /**
     * The fill all the others are: the output type is chosen here, once, and every piece of the fill writes
     * through {@code out}.
     *
     * @param schedule the schedule
     * @param firstStep the step of the value at {@code offset}, {@code >= 0}
     * @param out the table, {@link Out#of(double[])} or {@link Out#of(float[])}
     * @param offset the index of the first value
     * @param length how many steps; the last below {@code Long.MAX_VALUE}
     * @param kernel the kernel
     * @throws ArithmeticException where the reference raises in the range
     * @throws IllegalArgumentException for a range outside the steps
     * @throws IndexOutOfBoundsException for a range outside {@code out}
     */
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

    /**
     * Steps {@code [firstStep, firstStep + count)} of {@code schedule} into {@code sink}, {@code chunkSteps} at a
     * time through one reused array: memory stays bounded for any count, up to every step from {@code firstStep}
     * to {@code Long.MAX_VALUE}. Each chunk is {@link #fill(Schedule, long, double[], int, int) fill}'s table of its
     * steps (the step {@code Long.MAX_VALUE}, where fills stop, is {@code at} alone), so the values hold {@code at}'s
     * {@link org.lrsched.contract.Contract contract}. The kernel is {@link Kernels#preferred()}.
     *
     * <pre>{@code
     * Tables.stream(schedule, 0, 1L << 40, 1 << 16, TableSink.doubles((firstStep, values, count) -> {
     *     // values[0 .. count-1] are the rates of steps firstStep .. firstStep+count-1
     * }));
     * }</pre>
     *
     * @param <X> the checked exception the sink may throw
     * @param schedule the schedule
     * @param firstStep the first step, {@code >= 0}
     * @param count how many steps, {@code >= 0}; the last, {@code firstStep + count - 1}, at most
     *     {@code Long.MAX_VALUE}
     * @param chunkSteps the most steps computed at a time, {@code >= 1}: 2^16 (512 KiB of doubles) suits most uses
     * @param sink where the values go, and in which precision
     * @throws X what the sink throws
     * @throws StepArithmeticException where the reference raises, naming the first such step; the chunks before
     *     it have been sent
     * @throws IllegalArgumentException for a range outside the steps, or a table that does not fit in the sink's
     *     buffer (refused before any value is computed)
     */
    public static <X extends Exception> void stream(Schedule schedule, long firstStep, long count, int chunkSteps,
            TableSink<X> sink) throws X {
        stream(schedule, firstStep, count, chunkSteps, sink, Kernels.preferred());
    }

    /**
     * As {@link #stream(Schedule, long, long, int, TableSink)}, through the kernel given.
     *
     * @param <X> the checked exception the sink may throw
     * @param schedule the schedule
     * @param firstStep the first step, {@code >= 0}
     * @param count how many steps, {@code >= 0}; the last, {@code firstStep + count - 1}, at most
     *     {@code Long.MAX_VALUE}
     * @param chunkSteps the most steps computed at a time, {@code >= 1}
     * @param sink where the values go, and in which precision
     * @param kernel the kernel, e.g. {@link Kernels#named(String)}
     * @throws X what the sink throws
     * @throws StepArithmeticException where the reference raises, naming the first such step
     * @throws IllegalArgumentException for a range outside the steps, or a table that does not fit in the sink's
     *     buffer
     */
    public static <X extends Exception> void stream(Schedule schedule, long firstStep, long count, int chunkSteps,
            TableSink<X> sink, Kernel kernel) throws X {
        TableStream.run(schedule, firstStep, count, chunkSteps, sink, kernel);
    }
}
