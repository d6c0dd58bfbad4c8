package org.lrsched.plan;

/** A schedule that can describe a range of its steps as pieces, instead of being evaluated step by step. */
public interface Planned {

    /**
     * Emits pieces covering steps {@code [first, first + count)} in order.
     *
     * @param first the first step, {@code >= 0}
     * @param count how many steps, {@code >= 0}, the last below {@code Long.MAX_VALUE}
     * @param sink receives the pieces
     * @throws ArithmeticException where the reference raises in the range
     */
    void plan(long first, long count, PieceSink sink);
}
