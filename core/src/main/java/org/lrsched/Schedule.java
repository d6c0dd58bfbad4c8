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

    /**
     * What a fresh instance of the reference returns when its first call is at {@code step}: how the tutorial's
     * wrappers sample the schedule they wrap, once, at construction ({@code LinearWarmUp} at step 0,
     * {@code LinearCoolDown} at {@code start_idx}). It differs from {@link #at(long)} only where the reference's
     * state depends on earlier calls: MXNet's Poly and Cosine schedulers, first called past {@code max_update},
     * still hold {@code base_lr}.
     */
    default double firstCallAt(long step) {
        return at(step);
    }

    /** The parameters that define this schedule; {@code toString()} prints them in the text spec language. */
    Spec spec();
}
