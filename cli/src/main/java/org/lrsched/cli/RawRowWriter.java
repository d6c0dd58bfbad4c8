package org.lrsched.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** The values only, little-endian IEEE binary64 or binary32 (numpy's {@code <f8} / {@code <f4}), no header. */
final class RawRowWriter implements RowWriter {
    private final OutputStream out;
    private final Precision precision;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);

    RawRowWriter(OutputStream out, Precision precision) {
        this.out = out;
        this.precision = precision;
    }

    @Override
    public void write(long step, double lr) throws IOException {
        if (buffer.remaining() < precision.bytes) {
            drain();
        }
        precision.put(buffer, lr);
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    private void drain() throws IOException {
        out.write(buffer.array(), 0, buffer.position());
        buffer.clear();
    }
}
