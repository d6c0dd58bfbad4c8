package org.lrsched.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every error: exit code 2, one line on standard error naming the problem, no output, no file left behind. */
class CommandErrorsTest {
    /** Its magnitude 1e10 ** 31 overflows: the reference Python raises at step 31. */
    private static final String OVERFLOWS_AT_31 =
            "cyclical(shape=cosine(min_lr=1, max_lr=2), cycle_length=1, cycle_magnitude_decay=1e10)";

    @TempDir
    Path dir;

    static Stream<Arguments> tableErrors() {
        return Stream.of(
                Arguments.of(List.of("sgdrr"), "unknown preset 'sgdrr'"),
                Arguments.of(List.of("cosine(min_lr=1, max_lr=2, cycle_length=100"), "column 44"),
                Arguments.of(List.of("cosine(min_lr=1, max_lr=2, cycle_length=0)"), "cycle_length must be > 0, got 0"),
                Arguments.of(List.of("cosine(min_lr=1, max_lr=2)"), "missing required parameter cycle_length"),
                Arguments.of(List.of("{\"type\": \"cosine\", \"min_lr\": 1,}"), "JSON spec, line 1, column 32"),
                Arguments.of(List.of("{\"type\": \"cosine\", \"min_lr\": null}"), "$.min_lr: null"),
                Arguments.of(List.of("@does-not-exist.json"), "cannot read @does-not-exist.json: no such file"),
                Arguments.of(List.of("sgdr", "--count", "-1"), "--count must be >= 0, got -1"),
                Arguments.of(List.of("sgdr", "--from", "-1"), "--from must be >= 0, got -1"),
                Arguments.of(List.of("sgdr", "--from", String.valueOf(Long.MAX_VALUE), "--count", "2"),
                        "goes past the last step"),
                Arguments.of(List.of("sgdr", "--count", "12x"),
                        "'12x' is not a whole number (digits 0-9, such as 1000000, 1_000_000 or 1e6)"),
                Arguments.of(List.of("sgdr", "--count", "99999999999999999999"), "--count"),
                Arguments.of(List.of("sgdr", "--precision", "half"), "--precision"),
                Arguments.of(List.of("sgdr", "--format", "parquet"), "--format"),
                Arguments.of(List.of("sgdr", "--frmo", "3"), "'--frmo', '3'; did you mean --from?"),
                Arguments.of(List.of("sgdr", "extra"), "'extra'"),
                Arguments.of(List.of(), "Missing required parameter: 'SPEC'"),
                Arguments.of(List.of(OVERFLOWS_AT_31, "--count", "100"), "step 31: cycle_magnitude_decay ** 31 overflows"));
    }

    @ParameterizedTest(name = "table {0}")
    @MethodSource("tableErrors")
    void tableFailsWithOneLineAndLeavesNoFile(List<String> arguments, String problem) throws IOException {
        Path file = dir.resolve("table.csv");
        List<String> args = new ArrayList<>(List.of("table", "-o", file.toString()));
        args.addAll(arguments);

        Cli.run(args.toArray(String[]::new)).failedWith(problem);

        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aFailedTableKeepsTheOlderFile() throws IOException {
        Path file = dir.resolve("table.csv");
        Files.writeString(file, "an older table");

        Cli.run("table", OVERFLOWS_AT_31, "--count", "100000", "-o", file.toString()).failedWith("step 31");

        assertThat(file).hasContent("an older table");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void anOutputInAMissingDirectory() {
        Cli.run("table", "sgdr", "-o", dir.resolve("no/such/dir/t.csv").toString())
                .failedWith("cannot write " + dir.resolve("no/such/dir/t.csv") + ": no such file or directory");
    }

    @Test
    void anOutputThatIsADirectory() {
        Cli.run("table", "sgdr", "-o", dir.toString()).failedWith("cannot write " + dir + ": is a directory");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aLineBreakInAMessageIsShownAsAnEscape() {
        Cli.run("table", "{\"type\": \"two\\nlines\"}").failedWith("unknown schedule type 'two\\nlines'");
    }

    @Test
    void noCommand() {
        Cli.run().failedWith("missing command");
    }

    @Test
    void anUnknownCommand() {
        Cli.run("tabel", "sgdr").failedWith("'tabel'", "did you mean table");
    }

    static Stream<Arguments> atErrors() {
        return Stream.of(
                Arguments.of(List.of("sgdr", "5", "-1"), "STEP 2: '-1' is not a step"),
                Arguments.of(List.of("sgdr", "x"), "STEP 1: 'x' is not a step"),
                Arguments.of(List.of("sgdr", "1", "2", "9223372036854775808"), "STEP 3: '9223372036854775808'"),
                Arguments.of(List.of("sgdr", "1.5"), "'1.5' is not a step"),
                Arguments.of(List.of("nope", "1"), "unknown preset 'nope'"),
                Arguments.of(List.of(OVERFLOWS_AT_31, "30", "31"), "step 31: cycle_magnitude_decay ** 31 overflows"),
                Arguments.of(List.of("sgdr", "--step", "3"), "Unknown option: '--step'"));
    }

    @ParameterizedTest(name = "at {0}")
    @MethodSource("atErrors")
    void atFailsWithOneLineAndNoRows(List<String> arguments, String problem) {
        List<String> args = new ArrayList<>(List.of("at"));
        args.addAll(arguments);

        Cli.run(args.toArray(String[]::new)).failedWith(problem);
    }

    @Test
    void aBadLineOnStandardInputNamesTheLine() {
        Cli.Result result = Cli.runWithInput("1\n\n2x\n3\n", "at", "sgdr");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).isEqualTo("lrsched at: standard input, line 3: '2x' is not a step (a whole number"
                + " from 0 to 9223372036854775807, such as 1000000, 1_000_000 or 1e6)\n");
    }
}
