package org.lrsched.cli.io;

import java.io.PrintWriter;

/**
 * A one-line progress bar on standard error, redrawn in place with a carriage return. It appears only once the
 * work has run for {@code quietNanos} (a quick command prints nothing) and ends its line when closed, so that an
 * error message after it starts on a line of its own.
 */
public final class Progress implements AutoCloseable {
    /** Draws nothing. */
    public static final Progress NONE = new Progress(null, "", 0, Long.MAX_VALUE);

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int BAR = 30;

    private final PrintWriter err;
    private final String label;
    private final long total;
    private final long started = System.nanoTime();
    private final long quietNanos;
    private long lastDrawn = Long.MIN_VALUE;
    private long done;

    /** {@code total} units of work (steps), reported as {@code done} grows. */
    public Progress(PrintWriter err, String label, long total, long quietNanos) {
        this.err = err;
        this.label = label;
        this.total = total;
        this.quietNanos = quietNanos;
    }

    /** {@code done} of the total units are finished. */
    public void advance(long done) {
        this.done = done;
        if (err == null) {
            return;
        }
        long now = System.nanoTime();
        if (now - started >= quietNanos && (lastDrawn == Long.MIN_VALUE || now - lastDrawn >= REDRAW_NANOS)) {
            draw(now);
        }
    }

    @Override
    public void close() {
        if (lastDrawn != Long.MIN_VALUE) {
            draw(System.nanoTime());
            err.print('\n');
            err.flush();
        }
    }

    private void draw(long now) {
        lastDrawn = now;
        double fraction = total == 0 ? 1 : (double) done / total;
        int filled = (int) (fraction * BAR);
        String bar = "=".repeat(filled) + (filled < BAR ? ">" + " ".repeat(BAR - filled - 1) : "");
        err.print(String.format("\r%s [%s] %3d%%  %,d of %,d steps%s", label, bar, (int) (fraction * 100), done, total,
                timeLeft(now)));
        err.flush();
    }

    private String timeLeft(long now) {
        if (done == 0 || done >= total) {
            return "          ";
        }
        double seconds = (now - started) / 1e9 * (total - done) / done;
        return String.format(", %.0f s left   ", seconds);
    }
}
