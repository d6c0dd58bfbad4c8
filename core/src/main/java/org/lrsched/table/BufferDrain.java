package org.lrsched.table;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;

/**
 * Empties a byte buffer that a stream has filled (see {@link TableSink#doubles(ByteBuffer, java.nio.ByteOrder,
 * BufferDrain)}), so that a table of any length passes through a buffer of fixed size.
 *
 * @param <X> the checked exception {@link #drain} may throw ({@code RuntimeException} when it throws none)
 */
@FunctionalInterface
public interface BufferDrain<X extends Exception> {

    /**
     * Takes the bytes written so far, from index 0 to the buffer's position, and makes room for more: typically
     * {@code flip()}, write them out, {@code clear()}. Called when the buffer has no room for the next value, and
     * once after the last one if the buffer holds anything.
     *
     * @param buffer the stream's buffer, in write mode (its position past the last byte written)
     * @throws X whatever the drain throws; it ends the stream
     */
    void drain(ByteBuffer buffer) throws X;

    /**
     * A drain that writes the buffer's bytes to {@code channel} (a file, a socket) and clears it.
     *
     * @param channel where the bytes go
     * @return the drain
     */
    static BufferDrain<IOException> to(WritableByteChannel channel) {
        return buffer -> {
            buffer.flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            buffer.clear();
        };
    }
}
