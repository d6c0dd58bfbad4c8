package org.lrsched.plan;

import org.lrsched.Schedule;

/**
 * Receives a schedule's plan over a range of steps: consecutive pieces, each a run of {@code count} steps with
 * one primitive formula. Every formula is written in the reference's order of IEEE operations, on a variable
 * {@code y = y0 + direction * i} (a whole number, converted to double as Python converts an int) for the
 * piece's i-th step. Primitive arguments only, so a plan allocates nothing per piece.
 *
 * <p>A new primitive is one method here, its planner call, and one method per kernel.
 */
public interface PieceSink {

    /** {@code value} at every step. */
    void constant(long count, double value);

    /** {@code ((y / q) * r + c) * m}: the tutorial's triangle ramps and Flax's, scaled by a cycle magnitude. */
    void divScale(long count, long y0, int direction, double q, double r, double c, double m);

    /** {@code (y * a) / b + c}: linear warm-ups and cool-downs. */
    void mulDiv(long count, long y0, double a, double b, double c);

    /** {@code ((1 + cos((y * pi) / length)) / 2 * r + c) * m}: the tutorial's cosine annealing. */
    void cosine(long count, long y0, double length, double r, double c, double m);

    /** {@code c + (r * (1 + cos((pi * y) / length))) / 2}: MXNet's {@code CosineScheduler}. */
    void mxnetCosine(long count, long y0, double length, double r, double c);

    /** {@code c + r * pow(1 - y / length, power)}: MXNet's {@code PolyScheduler}. */
    void poly(long count, long y0, double length, double power, double r, double c);

    /**
     * The values of the last {@code period} steps, again and again, for {@code count} steps: what an exactly
     * periodic schedule emits after one full period ({@code count} need not be a multiple of it).
     */
    void repeat(long count, long period);

    /** {@code schedule.at(firstStep + i)}: for what has no closed piece (e.g. a real first cycle length). */
    void perStep(long count, Schedule schedule, long firstStep);
}
