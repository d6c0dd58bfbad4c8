package org.lrsched;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lrsched.table.BufferDrain;
import org.lrsched.table.TableSink;
import org.lrsched.table.Tables;

/** The README's embedding snippets that use core alone, as written there: they compile and do what it says. */
class ReadmeExampleTest {
    private long streamed;
    private double lastValue;

    /** The README's stand-in for what a trainer does with a chunk. */
    private void use(double[] values, int count) {
        streamed += count;
        lastValue = values[count - 1];
    }

    @Test
    void parseAndFill() {
        Schedule sgdr = Schedule.parse("sgdr");               // a preset name, or the text form
        double lr = sgdr.at(1_000_000_000_000L);             // O(1), exact
        Schedule mine = Schedule.parse(
                "linear_warmup(schedule=cosine(min_lr=0, max_lr=0.1, cycle_length=10000), start_lr=0, length=500)");
        String text = mine.toString();                        // the text form, every default filled in
        float[] table = new float[1 << 20];
        Tables.fill(mine, 0, table, 0, table.length);         // steps 0 .. 2^20-1, by the fastest kernel available

        assertThat(lr).isBetween(0.0, 2.0);
        assertThat(Schedule.parse(text)).isEqualTo(mine);
        assertThat(table[1 << 19]).isEqualTo((float) mine.at(1 << 19));
    }

    @Test
    void stream(@TempDir Path dir) throws IOException {
        Schedule sgdr = Schedule.parse("sgdr");
        Path path = dir.resolve("lr.f8");

        // any count, 2^16 steps at a time: values[0 .. count-1] are the rates of steps firstStep onwards
        Tables.stream(sgdr, 0, 10_000_000, 1 << 16, TableSink.doubles((firstStep, values, count) -> use(values, count)));

        // a whole table into native memory, for a framework that takes a direct buffer
        FloatBuffer rates = ByteBuffer.allocateDirect(4 * 100_000).order(ByteOrder.nativeOrder()).asFloatBuffer();
        Tables.stream(sgdr, 0, 100_000, 1 << 16, TableSink.floats(rates));

        // the last million steps as little-endian doubles (numpy's "<f8") into a file, through a 1 MiB buffer
        try (FileChannel file = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            Tables.stream(sgdr, Long.MAX_VALUE - 999_999, 1_000_000, 1 << 16, TableSink.doubles(
                    ByteBuffer.allocateDirect(1 << 20), ByteOrder.LITTLE_ENDIAN, BufferDrain.to(file)));
        }

        assertThat(streamed).isEqualTo(10_000_000);
        assertThat(lastValue).isEqualTo(sgdr.at(9_999_999), within(1e-14));
        assertThat(rates.get(99_999)).isEqualTo((float) sgdr.at(99_999), within(1e-6f));
        ByteBuffer written = ByteBuffer.wrap(Files.readAllBytes(path)).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(written.capacity()).isEqualTo(8 * 1_000_000);
        assertThat(written.getDouble(8 * 999_999)).isEqualTo(sgdr.at(Long.MAX_VALUE));
    }
}
