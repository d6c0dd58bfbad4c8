package org.lrsched.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code table --kernel}: every kernel writes the reference's table where no cos or pow is involved. */
class KernelOptionTest {

    @ParameterizedTest
    @ValueSource(strings = {"slanted_triangular", "warmup_multifactor", "cooldown_multifactor", "one_cycle",
            "cyclical_triangular", "flax_triangular"})
    void kernelsWriteTheReferenceTable(String preset) {
        String reference = Cli.run("table", preset, "--count", "3000", "--kernel", "reference").succeeded().out();
        for (String kernel : new String[] {"scalar", "vector"}) {
            for (String from : new String[] {"0", "499", "9007199254740990"}) {
                assertThat(Cli.run("table", preset, "--from", from, "--count", "3000", "--kernel", kernel)
                        .succeeded().out())
                        .isEqualTo(Cli.run("table", preset, "--from", from, "--count", "3000", "--kernel", "reference")
                                .succeeded().out());
            }
        }
        assertThat(reference).startsWith("step,lr\n0,");
    }

    @Test
    void anUnknownKernelIsAnError() {
        Cli.run("table", "sgdr", "--kernel", "gpu").failedWith("--kernel", "gpu", "reference, scalar, vector");
    }

    @Test
    void aTableEndingOnTheLastLongIsWritten() {
        String out = Cli.run("table", "sgdr", "--from", "9223372036854775805", "--count", "3").succeeded().out();
        assertThat(out.lines()).hasSize(4).last().asString().startsWith("9223372036854775807,");
    }
}
