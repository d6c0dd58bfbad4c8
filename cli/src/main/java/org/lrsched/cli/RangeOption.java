package org.lrsched.cli;

import org.lrsched.cli.table.StepRange;
import picocli.CommandLine.Option;

/**
 * {@code --from} and {@code --count}: the steps a command covers, taken the same way by every command that
 * covers a range; each command sets its own default count.
 */
final class RangeOption {
    @Option(names = "--from", paramLabel = "N", description = "The first step (default: ${DEFAULT-VALUE}).")
    private long from = 0;

    @Option(names = "--count", paramLabel = "N", description = "How many steps (default: ${DEFAULT-VALUE}).")
    private long count;

    RangeOption(long defaultCount) {
        this.count = defaultCount;
    }

    /** The range given; a negative step or count, or a range past the last step, is the user's error. */
    StepRange range() {
        return StepRange.of(from, count);
    }
}
