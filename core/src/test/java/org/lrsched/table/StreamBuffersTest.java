package org.lrsched.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import org.junit.jupiter.api.Test;
import org.lrsched.Schedule;
import org.lrsched.types.Presets;

/** {@code Tables.stream} into {@code java.nio} buffers: whole tables, byte orders, and any length through a drain. */
class StreamBuffersTest {
    private static final Schedule SGDR = Presets.get("sgdr");

    private static double[] at(long first, int count) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = SGDR.at(first + i);
        }
        return values;
    }

    @Test
    void aDoubleBufferTakesTheTableFromItsPosition() {
        DoubleBuffer buffer = DoubleBuffer.allocate(1010);
        buffer.position(3);
        Tables.stream(SGDR, 240, 1001, 64, TableSink.doubles(buffer), ScalarKernel.INSTANCE);
        assertThat(buffer.position()).isEqualTo(1004);
        double[] got = new double[1001];
        buffer.position(3);
        buffer.get(got);
        assertThat(got).isEqualTo(at(240, 1001));
    }

    @Test
    void aFloatBufferTakesTheTableRoundedToFloat() {
        FloatBuffer buffer = ByteBuffer.allocateDirect(4 * 777).order(ByteOrder.nativeOrder()).asFloatBuffer();
        Tables.stream(SGDR, 0, 777, 100, TableSink.floats(buffer), ScalarKernel.INSTANCE);
        double[] want = at(0, 777);
        for (int i = 0; i < want.length; i++) {
            assertThat(buffer.get(i)).isEqualTo((float) want[i]);
        }
    }

    @Test
    void bytesComeInTheOrderAskedForWhateverTheBuffersOwn() {
        for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            ByteBuffer doubles = ByteBuffer.allocate(8 * 301);
            Tables.stream(SGDR, 249, 301, 7, TableSink.doubles(doubles, order), ScalarKernel.INSTANCE);
            ByteBuffer floats = ByteBuffer.allocateDirect(4 * 301);
            Tables.stream(SGDR, 249, 301, 7, TableSink.floats(floats, order), ScalarKernel.INSTANCE);

            assertThat(doubles.order()).isEqualTo(ByteOrder.BIG_ENDIAN);
            assertThat(doubles.position()).isEqualTo(doubles.capacity());
            assertThat(floats.position()).isEqualTo(floats.capacity());
            doubles.flip().order(order);
            floats.flip().order(order);
            for (double want : at(249, 301)) {
                assertThat(doubles.getDouble()).isEqualTo(want);
                assertThat(floats.getFloat()).isEqualTo((float) want);
            }
        }
    }

    @Test
    void aTableThatDoesNotFitIsRefusedBeforeAnythingIsWritten() {
        DoubleBuffer doubles = DoubleBuffer.allocate(10);
        assertThatThrownBy(() -> Tables.stream(SGDR, 0, 11, 4, TableSink.doubles(doubles)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a table of 11 steps does not fit: the buffer has room for 10 values");
        ByteBuffer bytes = ByteBuffer.allocate(4 * 10 + 3);
        assertThatThrownBy(() -> Tables.stream(SGDR, 0, 11, 4, TableSink.floats(bytes, ByteOrder.LITTLE_ENDIAN)))
                .hasMessage("a table of 11 steps does not fit: the buffer has room for 10 floats");
        assertThat(doubles.position()).isZero();
        assertThat(bytes.position()).isZero();
    }

    @Test
    void anyLengthPassesThroughADrainedBufferAfterWhatWasThereBefore() throws IOException {
        // a header and then 2.5 values' worth of room: chunks straddle the drains
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        WritableByteChannel channel = Channels.newChannel(file);
        ByteBuffer buffer = ByteBuffer.allocate(24);
        buffer.put(new byte[] {'h', 'd', 'r', 0});
        Tables.stream(SGDR, 1000, 1001, 64, TableSink.doubles(buffer, ByteOrder.LITTLE_ENDIAN,
                BufferDrain.to(channel)), ScalarKernel.INSTANCE);

        ByteBuffer written = ByteBuffer.wrap(file.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(written.remaining()).isEqualTo(4 + 8 * 1001);
        assertThat(new byte[] {written.get(), written.get(), written.get(), written.get()})
                .containsExactly('h', 'd', 'r', 0);
        for (double want : at(1000, 1001)) {
            assertThat(written.getDouble()).isEqualTo(want);
        }
    }

    @Test
    void anEmptyTableStillDrainsWhatTheBufferHolds() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(16).put((byte) 7);
        Tables.stream(SGDR, 0, 0, 64, TableSink.floats(buffer, ByteOrder.LITTLE_ENDIAN,
                BufferDrain.to(Channels.newChannel(file))));
        assertThat(file.toByteArray()).containsExactly(7);
    }

    @Test
    void aDrainMustMakeRoom() {
        ByteBuffer buffer = ByteBuffer.allocate(16);
        assertThatThrownBy(() -> Tables.stream(SGDR, 0, 3, 64, TableSink.doubles(buffer, ByteOrder.LITTLE_ENDIAN,
                full -> {})))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("the drain left no room");
        assertThatThrownBy(() -> TableSink.doubles(ByteBuffer.allocate(7), ByteOrder.LITTLE_ENDIAN, full -> {}))
                .hasMessageContaining("a buffer of 7 bytes holds no double");
    }

    @Test
    void theDrainsCheckedExceptionEndsTheStream() {
        ByteBuffer buffer = ByteBuffer.allocate(64);
        BufferDrain<IOException> diskFull = full -> {
            throw new IOException("no space left on device");
        };
        assertThatThrownBy(() -> Tables.stream(SGDR, 0, 100, 64, TableSink.floats(buffer, ByteOrder.LITTLE_ENDIAN,
                diskFull))).isInstanceOf(IOException.class).hasMessage("no space left on device");
    }
}
