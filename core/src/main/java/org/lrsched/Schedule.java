package org.lrsched;

/**
 * A learning-rate schedule: an immutable, thread-safe, pure function of the training step.
 *
 * <p>The value at step {@code s} is what the schedule's reference (the source document's or the peer library's
 * own code) returns for {@code s}, with the same IEEE operations in the same order; see each type.
 */
public interface Schedule {

    /**
     * The learning rate at {@code step}.
     *
     * @param step the training step, from 0 to {@code Long.MAX_VALUE}
     * @return the rate the reference computes there
     * @throws IllegalArgumentException if {@code step < 0}
     * @throws ArithmeticException where the reference raises for this step (for example a magnitude that
     *     overflows to infinity) or its value would not be finite; never returns NaN or an infinity
     */
    double at(long step);

    /**
     * What a fresh instance of the reference returns when its first call is at {@code step}: how the tutorial's
     * wrappers sample the schedule they wrap, once, at construction ({@code LinearWarmUp} at step 0,
     * {@code LinearCoolDown} at {@code start_idx}). It differs from {@link #at(long)} only where the reference's
     * state depends on earlier calls: MXNet's Poly and Cosine schedulers, first called past {@code max_update},
     * still hold {@code base_lr}.
     *
     * @param step the step of the first call
     * @return what that first call returns
     * @throws ArithmeticException where the reference raises for this step
     */
    default double firstCallAt(long step) {
        return at(step);
    }

    /**
     * The parameters that define this schedule; {@code toString()} prints them in the text spec language.
     *
     * @return the spec, every default filled in: {@link #parse} of its text gives an equal schedule
     */
    Spec spec();

    /**
     * The schedule a preset name ({@code sgdr}) or a text spec ({@code cosine(min_lr=0, max_lr=0.1,
     * cycle_length=1000)}) describes. {@code lrsched types} lists every type and its parameters.
     *
     * <pre>{@code
     * Schedule sgdr = Schedule.parse("sgdr");
     * Schedule mine = Schedule.parse("linear_warmup(schedule=cosine(min_lr=0, max_lr=0.1, cycle_length=10000),"
     *         + " start_lr=0, length=500)");
     * }</pre>
     *
     * @param text a preset name or a spec in the text form
     * @return the schedule
     * @throws IllegalArgumentException ({@code org.lrsched.spec.SpecException}) naming where the text is wrong
     */
    static Schedule parse(String text) {
        return Registry.parse(text);
    }
}
