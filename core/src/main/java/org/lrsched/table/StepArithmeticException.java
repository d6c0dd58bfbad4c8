package org.lrsched.table;

/**
 * The reference raises at a step of a streamed table: {@code Schedule.at} throws an {@link ArithmeticException}
 * there (its cause), and no table holds a value for it. The message starts with the step.
 */
public final class StepArithmeticException extends ArithmeticException {
    private static final long serialVersionUID = 1L;

    /** The step where the reference raises. */
    private final long step;

    StepArithmeticException(long step, ArithmeticException cause) {
        super("step " + step + ": " + cause.getMessage());
        this.step = step;
        initCause(cause);
    }

    /**
     * The first step of the table where the reference raises.
     *
     * @return the step
     */
    public long step() {
        return step;
    }
}
