package org.lrsched.cli.table;

import org.lrsched.cli.io.CliError;







/** Steps {@code from} to {@code from + count - 1}, as the {@code --from} and {@code --count} options give them. */
public record StepRange(long from, long count) {

    /** Every step of the range is a valid step: 0 to {@code Long.MAX_VALUE}. */
    public static StepRange of(long from, long count) {
        if (from < 0) {
            throw new CliError("--from must be >= 0, got " + from);
        }
        if (count < 0) {
            throw new CliError("--count must be >= 0, got " + count);
        }
        if (count > 0 && from > Long.MAX_VALUE - (count - 1)) {
            throw new CliError("--from " + from + " with --count " + count + " goes past the last step, "
                    + Long.MAX_VALUE);
        }
        return new StepRange(from, count);
    }

    /** The last step; {@code from - 1} for an empty range. */
    public long last() {
        return from + (count - 1);
    }

    @Override
    public String toString() {
        return count == 0 ? "no steps" : String.format("steps %,d to %,d (%,d steps)", from, last(), count);
    }
}
