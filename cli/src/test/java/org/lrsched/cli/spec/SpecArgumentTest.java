package org.lrsched.cli.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lrsched.cli.Cli;
import org.lrsched.cli.io.CliError;
import org.lrsched.spec.SpecException;
import org.lrsched.spec.SpecText;
import org.lrsched.types.Presets;

class SpecArgumentTest {
    private static final String SGDR_JSON = "{\"type\": \"cyclical\", \"shape\": {\"type\": \"cosine\", \"min_lr\": 0.01,"
            + " \"max_lr\": 2}, \"cycle_length\": 250, \"cycle_length_decay\": 2, \"cycle_magnitude_decay\": 0.5}";
    private static final String SGDR_TEXT = "cyclical(shape=cosine(min_lr=0.01, max_lr=2), cycle_length=250,"
            + " cycle_length_decay=2, cycle_magnitude_decay=0.5)";

    @TempDir
    Path dir;

    @Test
    void aPresetName() {
        assertThat(SpecArgument.schedule("sgdr")).isEqualTo(Presets.get("sgdr"));
        assertThat(SpecArgument.schedule(" sgdr\n")).isEqualTo(Presets.get("sgdr"));
    }

    @Test
    void jsonIsTheSameSpecAsText() {
        assertThat(SpecArgument.spec(SGDR_JSON)).isEqualTo(SpecArgument.spec(SGDR_TEXT)).isEqualTo(SpecText.parse(SGDR_TEXT));
        assertThat(SpecArgument.schedule(SGDR_JSON)).isEqualTo(Presets.get("sgdr"));
    }

    @Test
    void aFileOfTextOrJson() throws IOException {
        Path text = Files.writeString(dir.resolve("sgdr.txt"), SGDR_TEXT.replace(", ", ",\n    ") + "\n");
        Path json = Files.writeString(dir.resolve("sgdr.json"), "\n  " + SGDR_JSON.replace(", ", ",\n    ") + "\n");

        assertThat(SpecArgument.spec("@" + text)).isEqualTo(SpecText.parse(SGDR_TEXT));
        assertThat(SpecArgument.spec("@" + json)).isEqualTo(SpecText.parse(SGDR_TEXT));
    }

    @Test
    void aTableOfAFileIsTheTableOfTheSameSpec() throws IOException {
        Path json = Files.writeString(dir.resolve("sgdr.json"), SGDR_JSON);

        assertThat(Cli.run("table", "@" + json, "--count", "2000").succeeded().out())
                .isEqualTo(Cli.run("table", "sgdr", "--count", "2000").succeeded().out())
                .isEqualTo(Cli.run("table", SGDR_TEXT, "--count", "2000").succeeded().out());
    }

    @Test
    void errorsInAFileNameTheFileAndThePlace() throws IOException {
        Path json = Files.writeString(dir.resolve("bad.json"), "{\n  \"type\": \"cosine\",\n  \"min_lr\": 1,,\n}");

        assertThatThrownBy(() -> SpecArgument.spec("@" + json)).isInstanceOf(SpecException.class)
                .hasMessageStartingWith("@" + json + ": JSON spec, line 3, column 15: ");
    }

    @Test
    void anUnknownNameListsThePresets() {
        assertThatThrownBy(() -> SpecArgument.spec("sgdrr")).isInstanceOf(SpecException.class)
                .hasMessageContaining("unknown preset 'sgdrr'").hasMessageContaining("flax_triangular");
    }

    /** Endless: only a cap on what is read lets the command answer (it ran out of memory instead). */
    @Test
    void anEndlessFileIsRefused() {
        Path zero = Path.of("/dev/zero");
        assumeThat(Files.isReadable(zero)).as("/dev/zero").isTrue();

        Cli.run("at", "@/dev/zero", "3").failedWith("lrsched at: cannot read @/dev/zero: larger than 64 MiB");
    }

    @Test
    void aFileOf64MibIsReadAndOneByteMoreIsNot() throws IOException {
        Path largest = dir.resolve("largest.txt");
        String spec = "cosine(min_lr=1, max_lr=2, cycle_length=100)";
        try (RandomAccessFile file = new RandomAccessFile(largest.toFile(), "rw")) {
            file.write(spec.getBytes(StandardCharsets.US_ASCII));
            byte[] spaces = " ".repeat((SpecArgument.LARGEST_FILE_MIB << 20) - spec.length()).getBytes(StandardCharsets.US_ASCII);
            file.write(spaces);
        }

        assertThat(SpecArgument.schedule("@" + largest)).isEqualTo(SpecArgument.schedule(spec));

        Files.write(largest, new byte[] {' '}, StandardOpenOption.APPEND);
        Cli.run("at", "@" + largest, "3").failedWith("cannot read @" + largest + ": larger than 64 MiB");
    }

    @Test
    void aFileThatIsNotUtf8() throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {'c', (byte) 0xe9});

        Cli.run("at", "@" + latin1, "3").failedWith("cannot read @" + latin1 + ": not UTF-8 text");
    }

    /** No argument holds a NUL, but a caller in the same JVM may pass one: it is not a path, and not a bug. */
    @Test
    void aFileNameThatIsNoPath() {
        assertThatThrownBy(() -> SpecArgument.spec("@a\u0000b")).isInstanceOf(CliError.class)
                .hasMessage("cannot read @a\u0000b: Nul character not allowed");
    }
}
