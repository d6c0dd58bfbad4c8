package org.lrsched.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a careless or hostile user may type: each is refused in one short line, whatever its size or script. */
class UntrustedInputTest {
    @TempDir
    Path dir;

    /** Arabic-Indic, fullwidth and Devanagari digits; an ideographic space and a line separator around a step. */
    @ParameterizedTest
    @ValueSource(strings = {"\u0663", "\uff13", "1\u0966", "\u30003", "3\u2028"})
    void aStepIsWrittenInAsciiDigits(String step) {
        Cli.run("at", "sgdr", step).failedWith("STEP 1: '" + step + "' is not a step");
        Cli.runWithInput(step + "\n", "at", "sgdr").failedWith("standard input, line 1: '" + step + "' is not a step");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--from", "--count"})
    void optionsAreWrittenInAsciiDigits(String option) {
        Cli.run("table", "sgdr", option, "\u0661\u0660").failedWith("Invalid value for option '" + option + "': '"
                + "\u0661\u0660' is not a whole number (digits 0-9");
        Cli.run("cycles", "sgdr", option, "\uff11").failedWith("'\uff11' is not a whole number");
    }

    @Test
    void asciiSpacesAroundAStepAndASignAreFine() {
        assertThat(Cli.runWithInput(" \t+5 \n", "at", "sgdr").succeeded().out()).startsWith("step,lr\n5,");
    }

    @Test
    void aLongStepIsQuotedByItsHead() {
        String step = "9".repeat(100_000);

        Cli.run("at", "sgdr", step).failedWith("STEP 1: '" + "9".repeat(60) + "... (100000 chars)' is not a step");
    }

    /** picocli quotes an unknown argument in full. */
    @Test
    void aHugeArgumentMakesAShortLine() {
        Cli.Result result = Cli.run("table", "sgdr", "x".repeat(10_000_000)).failedWith("Unmatched argument");

        assertThat(result.stderr().length()).isLessThan(1100);
    }

    /** An unknown type name is quoted by its head, where the error names the place and where it names the name. */
    @Test
    void aHugeNameInAFileMakesAShortLine() throws IOException {
        Path spec = Files.writeString(dir.resolve("huge.txt"), "a".repeat(10_000_000) + "(x=1)");

        Cli.Result result = Cli.run("at", "@" + spec, "3").failedWith("... (10000000 chars): unknown schedule type");

        assertThat(result.stderr().length()).isLessThan(1100);
    }

    /** Nesting that overflowed the stack while the schedule was built, reported with a stack trace. */
    @Test
    void deeplyNestedJson() {
        String deep = "{\"type\": \"linear_warmup\", \"start_lr\": 0, \"length\": 1, \"schedule\": ".repeat(2000)
                + "{\"type\": \"cosine\", \"min_lr\": 1, \"max_lr\": 2, \"cycle_length\": 100}" + "}".repeat(2000);

        Cli.run("at", deep, "3").failedWith("lrsched at: JSON spec, line 1, column 6601: nested deeper than 100 levels");
    }
}
