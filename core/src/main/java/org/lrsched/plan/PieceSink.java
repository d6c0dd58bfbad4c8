package org.lrsched.plan;

import java.util.function.LongToDoubleFunction;
import org.lrsched.formula.Formula;

/**
 * Receives a schedule's plan over a range of steps: consecutive pieces, in order, that together cover the range.
 * The waist between schedules and kernels: schedules say what each run of steps is, kernels never see a schedule.
 */
public interface PieceSink {

    /** {@code value} at every one of {@code count} steps. */
    void constant(long count, double value);

    /** {@code formula.value(y0 + direction * i)} for the piece's i-th step, {@code direction} 1 or -1. */
    void piece(long count, long y0, int direction, Formula formula);

    /**
     * The values of the last {@code period} steps, again and again, for {@code count} steps: what an exactly
     * periodic schedule emits after one full period of this same plan ({@code count} need not be a multiple).
     */
    void repeat(long count, long period);

    /** {@code values.applyAsDouble(firstStep + i)}: for what has no closed piece (e.g. a real first cycle length). */
    void perStep(long count, long firstStep, LongToDoubleFunction values);
}
