package org.lrsched.cli.fuzz;

/** What a run did: its exit status and streams; or that it threw past the command, or gave no answer in time. */
record Outcome(int exitCode, String stdout, String stderr, Throwable escaped, boolean timedOut) {

    static Outcome exited(int exitCode, String stdout, String stderr) {
        return new Outcome(exitCode, stdout, stderr, null, false);
    }

    static Outcome threw(Throwable escaped) {
        return new Outcome(-1, "", "", escaped, false);
    }

    static Outcome hung() {
        return new Outcome(-1, "", "", null, true);
    }
}
