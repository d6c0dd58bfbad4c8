package org.lrsched.cli.io;

import java.io.IOException;

/**
 * Standard output's reader has gone ({@code lrsched table sgdr | head}): the command stops quietly, with the
 * status of a program that SIGPIPE ended, as {@code seq} and {@code cat} do. It is no error of the user's, and an
 * error line would only add noise to a pipeline that got what it asked for.
 */
public final class OutputClosed extends RuntimeException {
    /** 128 + SIGPIPE (13), what a shell reports for {@code seq} cut short by {@code head}. */
    public static final int EXIT_CODE = 141;

    private static final long serialVersionUID = 1L;

    private OutputClosed(IOException cause) {
        super(cause);
    }

    /** What a failed write to standard output ends the command with. */
    public static RuntimeException orError(IOException e) {
        return isBrokenPipe(e) ? new OutputClosed(e) : new CliError("cannot write standard output: "
                + IoMessages.describe(e));
    }

    /** The JVM ignores SIGPIPE, so a write to a closed pipe fails with EPIPE: "Broken pipe" (Linux, macOS). */
    private static boolean isBrokenPipe(IOException e) {
        return e.getMessage() != null && e.getMessage().contains("Broken pipe");
    }
}
