package org.lrsched.table;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Values as bytes into a {@link ByteBuffer} from its position, in a given byte order (the buffer's own order
 * setting is left alone). Without a drain the whole table must fit; with one, the buffer is drained whenever the
 * next value does not fit, and once at the end.
 */
final class ByteBufferSink<X extends Exception> extends TableSink<X> {
    private final ByteBuffer buffer;
    private final ByteOrder order;
    private final boolean floats;
    /** Null: the table must fit in the buffer. */
    private final BufferDrain<X> drain;

    ByteBufferSink(ByteBuffer buffer, ByteOrder order, boolean floats, BufferDrain<X> drain) {
        this.buffer = buffer;
        this.order = order;
        this.floats = floats;
        this.drain = drain;
        if (drain != null && buffer.capacity() < valueBytes()) {
            throw new IllegalArgumentException("a buffer of " + buffer.capacity() + " bytes holds no "
                    + (floats ? "float" : "double"));
        }
    }

    private int valueBytes() {
        return floats ? Float.BYTES : Double.BYTES;
    }

    @Override
    long room() {
        return drain == null ? buffer.remaining() / valueBytes() : Long.MAX_VALUE;
    }

    @Override
    String describeRoom() {
        return "the buffer has room for " + room() + (floats ? " floats" : " doubles");
    }

    @Override
    Chunk<X> chunk(int size) {
        return floats ? Chunk.floats(size, this::put) : Chunk.doubles(size, this::put);
    }

    private void put(long firstStep, double[] values, int n) throws X {
        for (int done = 0; done < n; ) {
            int fit = Math.min(n - done, makeRoom());
            view().asDoubleBuffer().put(values, done, fit);
            buffer.position(buffer.position() + fit * Double.BYTES);
            done += fit;
        }
    }

    private void put(long firstStep, float[] values, int n) throws X {
        for (int done = 0; done < n; ) {
            int fit = Math.min(n - done, makeRoom());
            view().asFloatBuffer().put(values, done, fit);
            buffer.position(buffer.position() + fit * Float.BYTES);
            done += fit;
        }
    }

    /** The bytes from the buffer's position on, in the sink's order. */
    private ByteBuffer view() {
        return buffer.slice().order(order);
    }

    /** How many values fit from the position, after draining the buffer if none does. */
    private int makeRoom() throws X {
        if (buffer.remaining() < valueBytes()) {
            drain.drain(buffer);
            if (buffer.remaining() < valueBytes()) {
                throw new IllegalStateException("the drain left no room in the buffer: position "
                        + buffer.position() + ", limit " + buffer.limit());
            }
        }
        return buffer.remaining() / valueBytes();
    }

    @Override
    void finish() throws X {
        if (drain != null && buffer.position() > 0) {
            drain.drain(buffer);
        }
    }
}
