package org.lrsched.cli;

import java.io.PrintWriter;
import org.lrsched.cli.io.Progress;
import picocli.CommandLine.Option;

/** {@code --progress} / {@code --no-progress}: whether a long command draws a progress bar on standard error. */
final class ProgressOption {
    /** A run shorter than this draws nothing. */
    private static final long QUIET_NANOS = 1_000_000_000L;

    @Option(names = "--progress", negatable = true,
            description = "Draw a progress bar on standard error: with --progress from the start, with --no-progress"
                    + " never; by default once the run has taken a second, when lrsched runs on a terminal.")
    private Boolean forced;

    Progress start(PrintWriter err, String label, long total) {
        if (Boolean.TRUE.equals(forced)) {
            return new Progress(err, label, total, 0);
        }
        // System.console() is null unless lrsched's standard streams are a terminal: no bars in logs or pipes
        if (forced == null && System.console() != null) {
            return new Progress(err, label, total, QUIET_NANOS);
        }
        return Progress.NONE;
    }
}
