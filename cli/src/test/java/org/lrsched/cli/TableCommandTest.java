package org.lrsched.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lrsched.Schedule;
import org.lrsched.types.Presets;

class TableCommandTest {
    private static final Schedule SGDR = Presets.get("sgdr");

    @TempDir
    Path dir;

    @Test
    void defaultsAreSteps0To999AsCsv() {
        List<CsvRows.Row> rows = CsvRows.parse(Cli.run("table", "sgdr").succeeded().out());

        assertThat(rows).hasSize(1000);
        double bound = Math.scalb(2.0, -50); // the default kernel computes cos its own way: the contract's bound
        for (int step = 0; step < rows.size(); step++) {
            assertThat(rows.get(step).step()).isEqualTo(step);
            assertThat(rows.get(step).lr()).isCloseTo(SGDR.at(step), org.assertj.core.data.Offset.offset(bound));
        }
    }

    @Test
    void countZeroIsTheHeaderAlone() {
        assertThat(Cli.run("table", "sgdr", "--count", "0").succeeded().out()).isEqualTo("step,lr\n");
    }

    @Test
    void rawDoublesAreLittleEndianBinary64() {
        byte[] raw = Cli.run("table", "sgdr", "--format", "raw", "--count", "300", "--kernel", "scalar").succeeded()
                .stdout();

        assertThat(raw).hasSize(300 * 8);
        assertThat(java.util.Arrays.copyOf(raw, 8)).as("2.0 at step 0")
                .containsExactly(0, 0, 0, 0, 0, 0, 0, 0x40);
        ByteBuffer values = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        for (int step = 0; step < 300; step++) {
            assertThat(Double.doubleToRawLongBits(values.getDouble())).isEqualTo(Double.doubleToRawLongBits(SGDR.at(step)));
        }
    }

    @Test
    void rawFloatsAreLittleEndianBinary32OfTheRoundedDouble() {
        byte[] raw = Cli.run("table", "sgdr", "--format", "raw", "--precision", "float", "--count", "300").succeeded()
                .stdout();

        assertThat(raw).hasSize(300 * 4);
        assertThat(java.util.Arrays.copyOf(raw, 4)).as("2.0f at step 0").containsExactly(0, 0, 0, 0x40);
        ByteBuffer values = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        for (int step = 0; step < 300; step++) {
            assertThat(Float.floatToRawIntBits(values.getFloat())).isEqualTo(Float.floatToRawIntBits((float) SGDR.at(step)));
        }
    }

    @Test
    void floatCsvPrintsTheRoundedDoubleAsAFloat() {
        String csv = Cli.run("table", "sgdr", "--precision", "FLOAT", "--count", "300").succeeded().out();

        String[] lines = csv.split("\n");
        assertThat(lines[2]).isEqualTo("1," + (float) SGDR.at(1));
        for (int step = 0; step < 300; step++) {
            float value = Float.parseFloat(lines[step + 1].split(",")[1]);
            assertThat(Float.floatToRawIntBits(value)).isEqualTo(Float.floatToRawIntBits((float) SGDR.at(step)));
        }
    }

    @Test
    void largeFirstStepsAreExact() {
        long from = (1L << 53) + 3; // not a double: steps must stay longs
        List<CsvRows.Row> rows = CsvRows.parse(Cli.run("table", "sgdr", "--from", String.valueOf(from), "--count", "3")
                .succeeded().out());

        assertThat(rows).extracting(CsvRows.Row::step).containsExactly(from, from + 1, from + 2);
        assertThat(rows).extracting(CsvRows.Row::lr).containsExactly(SGDR.at(from), SGDR.at(from + 1), SGDR.at(from + 2));
    }

    @Test
    void theLastStepIsLongMaxValue() {
        String csv = Cli.run("table", "flax_triangular", "--from", String.valueOf(Long.MAX_VALUE - 1), "--count", "2")
                .succeeded().out();

        Schedule flax = Presets.get("flax_triangular");
        assertThat(csv).isEqualTo("step,lr\n" + (Long.MAX_VALUE - 1) + "," + flax.at(Long.MAX_VALUE - 1) + "\n"
                + Long.MAX_VALUE + "," + flax.at(Long.MAX_VALUE) + "\n");
    }

    @Test
    void outputFileHoldsWhatStandardOutputWouldAndNothingElseIsLeft() throws IOException {
        Path file = dir.resolve("sgdr.f32");
        Files.writeString(file, "an older table");
        String[] table = {"table", "sgdr", "--format", "raw", "--precision", "float", "--count", "100000"};

        Cli.Result written = Cli.run(Stream.concat(Stream.of(table), Stream.of("-o", file.toString())).toArray(String[]::new))
                .succeeded();

        assertThat(written.stdout()).isEmpty();
        assertThat(Files.readAllBytes(file)).isEqualTo(Cli.run(table).stdout());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
