package org.lrsched.cli.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lrsched.cli.Cli;

/** The progress bar: on request, or on a terminal after a second; never in a pipe or a log unless asked. */
class ProgressTest {
    @TempDir
    Path dir;

    @Test
    void forcedItIsDrawnAndEndsItsLine() {
        Cli.Result result = Cli.run("table", "sgdr", "--count", "300000", "--format", "npy", "--progress", "-o",
                dir.resolve("t.npy").toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.stderr()).startsWith("\rlrsched table [").contains("100%", "300,000 of 300,000 steps")
                .endsWith("\n").containsOnlyOnce("\n");
    }

    @Test
    void withoutATerminalThereIsNone() {
        // the tests' streams are no terminal (System.console() is null)
        Cli.run("table", "sgdr", "--count", "300000", "--format", "npy", "-o", dir.resolve("t.npy").toString())
                .succeeded();
        Cli.run("verify", "one_cycle", "--count", "1000", "--no-progress").succeeded();
    }

    @Test
    void aQuickRunDrawsNothingEvenOnATerminal() {
        StringWriter err = new StringWriter();
        try (Progress bar = new Progress(new PrintWriter(err), "x", 10, 1_000_000_000L)) {
            bar.advance(10);
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void anErrorStartsOnALineOfItsOwn() {
        // cycle 31 starts at step 93,000, in the second chunk: the bar has been drawn by then
        Cli.Result result = Cli.run("table", "cyclical(shape=cosine(min_lr=1, max_lr=2), cycle_length=3000,"
                + " cycle_magnitude_decay=1e10)", "--count", "100000", "--progress", "-o", dir.resolve("t").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).startsWith("\rlrsched table [")
                .endsWith("\nlrsched table: step 93000: cycle_magnitude_decay ** 31 overflows to infinity (the"
                        + " reference Python raises OverflowError here)\n");
    }
}
