package org.lrsched;

import org.lrsched.spec.Spec;

/**
 * A learning-rate schedule: an immutable, thread-safe, pure function of the training step.
 *
 * <p>The value at step {@code s} is what the source document's Python returns for {@code s} when one fresh
 * instance is called at 0, 1, 2, ... in order, with the same IEEE operations in the same order.
 */
public interface Schedule {

    /**
     * The learning rate at {@code step}.
     *
     * @throws IllegalArgumentException if {@code step < 0}
     * @throws ArithmeticException where the reference Python raises for this step (for example a magnitude
     *     that overflows to infinity); never returns NaN
     */
    double at(long step);

    /** The parameters that define this schedule; {@code toString()} prints them in the text spec language. */
    Spec spec();
}
