package org.lrsched.cli.io;

/** A failure the user can fix; its message is the one line lrsched prints for it. */
public final class CliError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CliError(String message) {
        super(message);
    }
}
