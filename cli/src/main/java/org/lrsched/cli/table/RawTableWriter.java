package org.lrsched.cli.table;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.WritableByteChannel;

/**
 * The values only, little-endian IEEE binary64 or binary32 (numpy's {@code <f8} / {@code <f4}), after an optional
 * header. A chunk is copied into a direct little-endian buffer in bulk and handed to the channel whole: on a
 * file that is one system call per chunk, with no per-value work, so tables stream at the disk's speed.
 */
final class RawTableWriter implements TableWriter {
    private static final int BUFFER_BYTES = 1 << 20;

    private final WritableByteChannel out;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);

    RawTableWriter(WritableByteChannel out, byte[] header) {
        this.out = out;
        buffer.put(header);
    }

    @Override
    public void write(long firstStep, double[] values, int n) throws IOException {
        for (int done = 0; done < n; ) {
            int fit = Math.min(n - done, buffer.remaining() / Double.BYTES);
            if (fit == 0) {
                drain();
                continue;
            }
            buffer.asDoubleBuffer().put(values, done, fit);
            buffer.position(buffer.position() + fit * Double.BYTES);
            done += fit;
        }
    }

    @Override
    public void write(long firstStep, float[] values, int n) throws IOException {
        for (int done = 0; done < n; ) {
            int fit = Math.min(n - done, buffer.remaining() / Float.BYTES);
            if (fit == 0) {
                drain();
                continue;
            }
            buffer.asFloatBuffer().put(values, done, fit);
            buffer.position(buffer.position() + fit * Float.BYTES);
            done += fit;
        }
    }

    @Override
    public void finish() throws IOException {
        drain();
    }

    private void drain() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
        buffer.clear();
    }
}
