package org.lrsched.cli;

import java.util.function.Supplier;
import org.lrsched.cli.io.StandardStreams;
import org.lrsched.cli.table.AvailableKernels;

/**
 * What the commands are handed rather than find for themselves: the standard streams they read and write, and
 * the kernels verify and demo check (found only when asked for: the vector kernel's module loads then). Tests
 * hand in captured streams and kernels of their own.
 */
public record CommandContext(StandardStreams streams, Supplier<AvailableKernels> kernels) {

    /** The process's own streams and this JVM's kernels. */
    public static CommandContext of(StandardStreams streams) {
        return new CommandContext(streams, AvailableKernels::find);
    }
}
