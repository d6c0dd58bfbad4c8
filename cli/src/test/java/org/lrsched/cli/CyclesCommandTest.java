package org.lrsched.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code lrsched cycles} against the golden cycle boundaries of the seed code, and its errors. */
class CyclesCommandTest {

    private static String golden(String name) throws IOException {
        try (InputStream in = CyclesCommandTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void goldenBoundariesOfTheCyclicalPresets() throws IOException {
        assertThat(Cli.run("cycles", "cyclical_triangular", "--count", "1501").succeeded().out())
                .isEqualTo(golden("doc_mx_cyclical_triangular.boundaries.csv"));
        assertThat(Cli.run("cycles", "sgdr", "--count", "1501").succeeded().out())
                .isEqualTo(golden("doc_mx_sgdr.boundaries.csv"));
    }

    @Test
    void farRangesAndTheLastCycleBeforeTheLastLong() {
        String out = Cli.run("cycles", "cyclical(shape=cosine(min_lr=0, max_lr=1), cycle_length=1, cycle_length_decay=3)",
                "--from", "120", "--count", "2").succeeded().out();
        assertThat(out).isEqualTo("cycle_idx,start,length,end,magnitude\n4,40,81,121,1.0\n5,121,243,364,1.0\n");
        String last = Cli.run("cycles", "cyclical(shape=cosine(min_lr=0, max_lr=1), cycle_length=4611686018427387904,"
                + " cycle_length_decay=3)", "--from", "9223372036854775806", "--count", "2").succeeded().out();
        assertThat(last).endsWith("1,4611686018427387904,13835058055282163712,,1.0\n");
    }

    @Test
    void aScheduleWithoutCyclesIsAnError() {
        Cli.run("cycles", "cosine_annealing").failedWith("no cyclical part");
    }

    /** The same --from and --count as every other command, and the same refusals. */
    @Test
    void theRangeIsTakenAsTheOtherCommandsTakeIt() {
        Cli.run("cycles", "sgdr", "--count", "-1").failedWith("--count must be >= 0, got -1");
        Cli.run("cycles", "sgdr", "--from", "9223372036854775800", "--count", "9")
                .failedWith("goes past the last step");
        assertThat(Cli.run("cycles", "sgdr", "--count", "0").succeeded().out())
                .isEqualTo("cycle_idx,start,length,end,magnitude\n");
    }
}
