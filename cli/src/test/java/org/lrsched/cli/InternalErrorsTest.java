package org.lrsched.cli;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.lrsched.cli.table.AvailableKernels;

/**
 * Bugs, too, are one line and exit 2: whatever a command throws, an Error included, the user sees
 * "internal error: ..." and no stack trace. The failures are injected through the kernels {@code verify} asks for.
 */
class InternalErrorsTest {

    @Test
    void aStackOverflow() {
        Cli.runWithKernels(throwing(() -> new StackOverflowError()), "verify", "sgdr")
                .failedWith("lrsched verify: internal error: java.lang.StackOverflowError");
    }

    @Test
    void memoryRunningOut() {
        Cli.runWithKernels(throwing(() -> new OutOfMemoryError("Java heap space")), "verify", "sgdr")
                .failedWith("lrsched verify: internal error: java.lang.OutOfMemoryError: Java heap space");
    }

    @Test
    void anErrorWithACauseNamesTheCause() {
        Cli.runWithKernels(throwing(() -> new ExceptionInInitializerError(new IllegalStateException("no kernel"))),
                "verify", "sgdr").failedWith("internal error: java.lang.ExceptionInInitializerError, caused by"
                        + " java.lang.IllegalStateException: no kernel");
    }

    /** Its text was written for a programmer: it is not passed off as the user's mistake. */
    @Test
    void anIllegalArgumentExceptionThatIsNotASpecError() {
        Cli.runWithKernels(throwing(() -> new IllegalArgumentException("fromIndex(3) > toIndex(-3)")), "verify", "sgdr")
                .failedWith("lrsched verify: internal error: java.lang.IllegalArgumentException: fromIndex(3) >"
                        + " toIndex(-3)");
    }

    @Test
    void aRuntimeException() {
        Cli.runWithKernels(throwing(() -> new ArrayIndexOutOfBoundsException("Index 9 out of bounds for length 9")),
                "verify", "sgdr").failedWith("internal error: java.lang.ArrayIndexOutOfBoundsException: Index 9");
    }

    /** Kernels that cannot be found: finding them throws {@code failure}. */
    private static Supplier<AvailableKernels> throwing(Supplier<Throwable> failure) {
        return () -> sneakyThrow(failure.get());
    }

    /** Throws a checked or unchecked throwable from a supplier, as a bug anywhere in a command might. */
    @SuppressWarnings("unchecked")
    private static <T extends Throwable, R> R sneakyThrow(Throwable e) throws T {
        throw (T) e;
    }
}
