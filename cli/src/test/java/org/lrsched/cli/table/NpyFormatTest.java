package org.lrsched.cli.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lrsched.Schedule;
import org.lrsched.cli.Cli;
import org.lrsched.types.Presets;

/** {@code table --format npy}: NumPy's .npy format 1.0, byte for byte as {@code numpy.save} writes it. */
class NpyFormatTest {
    private static final Schedule SGDR = Presets.get("sgdr");

    @TempDir
    Path dir;

    @Test
    void theHeaderIsWhatNumpySaveWritesForTenDoubles() {
        byte[] header = NpyHeader.of(Precision.DOUBLE, 10);

        // numpy 2.4: numpy.save(f, numpy.zeros(10)), its first 128 bytes
        assertThat(Arrays.copyOf(header, 10)).containsExactly(0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, 118, 0);
        assertThat(new String(header, 10, header.length - 10, StandardCharsets.US_ASCII))
                .isEqualTo("{'descr': '<f8', 'fortran_order': False, 'shape': (10,), }" + " ".repeat(59) + "\n");
    }

    @Test
    void aFloatTableIsLittleEndianBinary32() {
        assertThat(new String(NpyHeader.of(Precision.FLOAT, 0), StandardCharsets.US_ASCII))
                .contains("{'descr': '<f4', 'fortran_order': False, 'shape': (0,), }");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 9, 10, 99, 1L << 31, 2147484648L, 999_999_999_999L, Long.MAX_VALUE})
    void theDataStartsOnA64ByteBoundaryWhateverTheLength(long length) {
        byte[] header = NpyHeader.of(Precision.DOUBLE, length);

        assertThat(header.length % 64).isZero();
        assertThat(header[header.length - 1]).isEqualTo((byte) '\n');
        int declared = (header[8] & 0xff) | (header[9] & 0xff) << 8;
        assertThat(declared).isEqualTo(header.length - 10);
        assertThat(new String(header, StandardCharsets.US_ASCII)).contains("'shape': (" + length + ",), }");
    }

    @Test
    void aTableIsTheHeaderThenTheRawValues() {
        // the scalar kernel: bit-identical to at() even where cos is computed
        byte[] npy = Cli.run("table", "sgdr", "--format", "npy", "--count", "300", "--kernel", "scalar").succeeded()
                .stdout();
        byte[] raw = Cli.run("table", "sgdr", "--format", "raw", "--count", "300", "--kernel", "scalar").succeeded()
                .stdout();

        byte[] header = NpyHeader.of(Precision.DOUBLE, 300);
        assertThat(Arrays.copyOf(npy, header.length)).isEqualTo(header);
        assertThat(Arrays.copyOfRange(npy, header.length, npy.length)).isEqualTo(raw);
        ByteBuffer values = ByteBuffer.wrap(npy, header.length, 300 * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (int step = 0; step < 300; step++) {
            assertThat(values.getDouble()).isEqualTo(SGDR.at(step));
        }
    }

    @Test
    void aFloatTableHoldsTheRoundedValues() {
        byte[] npy = Cli.run("table", "sgdr", "--format", "npy", "--precision", "float", "--count", "300", "--kernel",
                "scalar").succeeded().stdout();

        byte[] header = NpyHeader.of(Precision.FLOAT, 300);
        assertThat(npy).hasSize(header.length + 300 * 4);
        ByteBuffer values = ByteBuffer.wrap(npy, header.length, 300 * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int step = 0; step < 300; step++) {
            assertThat(values.getFloat()).isEqualTo((float) SGDR.at(step));
        }
    }

    @Test
    void aFileLongerThanTheWriteBufferHoldsWhatStandardOutputWould() throws IOException {
        Path file = dir.resolve("sgdr.npy");
        String[] table = {"table", "sgdr", "--format", "npy", "--count", "300001", "--from", "77"};

        Cli.run(concat(table, "-o", file.toString())).succeeded();

        assertThat(Files.size(file)).isEqualTo(128 + 300_001 * 8);
        assertThat(Files.readAllBytes(file)).isEqualTo(Cli.run(table).stdout());
    }

    /** Past the largest Java array: the table streams, with the length in the header and every byte written. */
    @Test
    void aTableOfMoreThan2To31StepsStreams() {
        long count = (1L << 31) + 1000;
        CountingSink sink = new CountingSink();

        Cli.runTo(sink, "table", "one_cycle", "--format", "npy", "--precision", "float", "--count",
                String.valueOf(count)).succeeded();

        byte[] header = NpyHeader.of(Precision.FLOAT, count);
        assertThat(sink.bytes).isEqualTo(header.length + 4 * count);
        assertThat(Arrays.copyOf(sink.start, header.length)).isEqualTo(header);
        float last = ByteBuffer.wrap(sink.end).order(ByteOrder.LITTLE_ENDIAN).getFloat(sink.end.length - 4);
        assertThat(last).isEqualTo((float) Presets.get("one_cycle").at(count - 1));
    }

    private static String[] concat(String[] args, String... more) {
        String[] all = Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    /** Counts what is written and keeps its first and last bytes. */
    private static final class CountingSink extends OutputStream {
        long bytes;
        final byte[] start = new byte[256];
        byte[] end = new byte[0];

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = 0; bytes + i < start.length && i < len; i++) {
                start[(int) bytes + i] = b[off + i];
            }
            bytes += len;
            if (len > 0) {
                end = Arrays.copyOfRange(b, off, off + len);
            }
        }
    }
}
