package org.lrsched.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lrsched.Schedule;
import org.lrsched.cli.io.StepLines;
import org.lrsched.types.Presets;

class AtCommandTest {
    private static final long[] HUGE = {1L << 31, (1L << 53) + 1, 1L << 62, Long.MAX_VALUE - 1, Long.MAX_VALUE};

    static Iterable<String> presets() {
        return Presets.all().keySet();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void hugeStepsInTheOrderGiven(String preset) {
        List<String> args = new ArrayList<>(List.of("at", preset));
        for (int i = HUGE.length - 1; i >= 0; i--) {
            args.add(String.valueOf(HUGE[i]));
        }
        args.add("0");

        List<CsvRows.Row> rows = CsvRows.parse(Cli.run(args.toArray(String[]::new)).succeeded().out());

        Schedule schedule = Presets.get(preset);
        assertThat(rows).hasSize(HUGE.length + 1);
        for (int i = 0; i < rows.size(); i++) {
            long step = Long.parseLong(args.get(i + 2));
            assertThat(rows.get(i).step()).isEqualTo(step);
            assertThat(Double.doubleToRawLongBits(rows.get(i).lr())).isEqualTo(Double.doubleToRawLongBits(schedule.at(step)));
        }
    }

    @Test
    void stepsFromStandardInputSkippingBlankLines() {
        String csv = Cli.runWithInput("250\n\n  0 \n" + Long.MAX_VALUE + "\n\n", "at", "sgdr").succeeded().out();

        Schedule sgdr = Presets.get("sgdr");
        assertThat(csv).isEqualTo("step,lr\n250," + sgdr.at(250) + "\n0," + sgdr.at(0) + "\n" + Long.MAX_VALUE + ","
                + sgdr.at(Long.MAX_VALUE) + "\n");
    }

    @Test
    void emptyStandardInputIsTheHeaderAlone() {
        assertThat(Cli.runWithInput("", "at", "sgdr").succeeded().out()).isEqualTo("step,lr\n");
    }

    @Test
    void linesEndAsReadLineEndsThem() {
        String csv = Cli.runWithInput("1\r\n2\r3\n\r\n4", "at", "sgdr").succeeded().out();

        assertThat(CsvRows.parse(csv)).extracting(CsvRows.Row::step).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void aLineOf64CharactersIsRead() {
        String csv = Cli.runWithInput(" ".repeat(StepLines.LONGEST - 1) + "5\n", "at", "sgdr").succeeded().out();

        assertThat(CsvRows.parse(csv)).extracting(CsvRows.Row::step).containsExactly(5L);
    }

    /** The line never ends: only a cap on its length lets the command answer (it once ran the heap out). */
    @Test
    void aLongerLineIsRefusedAsSoonAsItIsSeen() {
        InputStream blankLines = new ByteArrayInputStream("\n\n".getBytes(StandardCharsets.US_ASCII));
        InputStream endless = new SequenceInputStream(blankLines, new InputStream() {
            @Override
            public int read() {
                return '7';
            }
        });

        Cli.Result result = Cli.runWithInput(endless, "at", "sgdr");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr())
                .isEqualTo("lrsched at: standard input, line 3: not a step (a line longer than 64 characters)\n");
    }
}
