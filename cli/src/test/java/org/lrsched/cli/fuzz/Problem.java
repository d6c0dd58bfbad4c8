package org.lrsched.cli.fuzz;

/** What went wrong in a run, by kind and in words. */
record Problem(Kind kind, String detail) {
    enum Kind {
        HANG, ESCAPED, STACK_TRACE, EXIT_STATUS, NOT_ONE_LINE, INTERNAL_ERROR, LONG_LINE, NOISE_ON_SUCCESS,
        NOT_FINITE, NOT_REFUSED
    }

    @Override
    public String toString() {
        return kind + ": " + detail;
    }
}
