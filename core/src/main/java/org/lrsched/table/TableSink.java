package org.lrsched.table;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.util.Objects;

/**
 * Where {@link Tables#stream} sends a table, and in which precision: doubles, or floats (each double rounded to
 * the nearest float). Made by the factories here: chunks into a callback, or the values into a {@code java.nio}
 * buffer, whole or through a drain.
 *
 * <pre>{@code
 * // a callback: chunks of up to 65536 steps, the array reused
 * Tables.stream(schedule, 0, 10_000_000, 1 << 16, TableSink.floats((firstStep, values, count) -> use(values, count)));
 *
 * // a whole table into a direct buffer, for a framework that reads native memory
 * FloatBuffer lr = ByteBuffer.allocateDirect(4 * n).order(ByteOrder.nativeOrder()).asFloatBuffer();
 * Tables.stream(schedule, 0, n, 1 << 16, TableSink.floats(lr));
 *
 * // any length to a file as little-endian doubles (numpy's "<f8"), through a 1 MiB buffer
 * ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
 * Tables.stream(schedule, 0, count, 1 << 16,
 *         TableSink.doubles(buffer, ByteOrder.LITTLE_ENDIAN, BufferDrain.to(channel)));
 * }</pre>
 *
 * <p>A sink made on a buffer writes into that buffer: use it for one stream at a time.
 *
 * @param <X> the checked exception the sink's callback or drain may throw ({@code RuntimeException} when none)
 */
public abstract class TableSink<X extends Exception> {

    TableSink() {}

    /** The most values this sink takes; a longer table is refused before any value is computed. */
    abstract long room();

    /** Why a longer table does not fit, for the refusal's message. */
    abstract String describeRoom();

    /** The working array of one stream, of {@code size} values. */
    abstract Chunk<X> chunk(int size);

    /** After the last chunk. */
    abstract void finish() throws X;

    /**
     * Double chunks into a callback.
     *
     * @param <X> the checked exception the callback may throw
     * @param chunks called once per chunk, in step order
     * @return the sink
     */
    public static <X extends Exception> TableSink<X> doubles(DoubleChunks<X> chunks) {
        Objects.requireNonNull(chunks, "chunks");
        return new ChunkSink<>(size -> Chunk.doubles(size, chunks), null);
    }

    /**
     * Float chunks into a callback.
     *
     * @param <X> the checked exception the callback may throw
     * @param chunks called once per chunk, in step order
     * @return the sink
     */
    public static <X extends Exception> TableSink<X> floats(FloatChunks<X> chunks) {
        Objects.requireNonNull(chunks, "chunks");
        return new ChunkSink<>(size -> Chunk.floats(size, chunks), null);
    }

    /**
     * The table into {@code buffer} from its position, which advances past it; the table must fit in its
     * remaining room.
     *
     * @param buffer where the values go
     * @return the sink
     */
    public static TableSink<RuntimeException> doubles(DoubleBuffer buffer) {
        Objects.requireNonNull(buffer, "buffer");
        return new ChunkSink<>(size -> Chunk.doubles(size, (first, values, n) -> buffer.put(values, 0, n)), buffer);
    }

    /**
     * The table, as floats, into {@code buffer} from its position, which advances past it; the table must fit in
     * its remaining room.
     *
     * @param buffer where the values go
     * @return the sink
     */
    public static TableSink<RuntimeException> floats(FloatBuffer buffer) {
        Objects.requireNonNull(buffer, "buffer");
        return new ChunkSink<>(size -> Chunk.floats(size, (first, values, n) -> buffer.put(values, 0, n)), buffer);
    }

    /**
     * The table as 8-byte IEEE doubles in byte order {@code order} into {@code buffer} from its position, which
     * advances past them; the table must fit in its remaining room. The buffer's own {@code order()} is neither
     * used nor changed.
     *
     * @param buffer where the bytes go
     * @param order the byte order of each value, e.g. {@link ByteOrder#LITTLE_ENDIAN} for numpy's {@code <f8}
     * @return the sink
     */
    public static TableSink<RuntimeException> doubles(ByteBuffer buffer, ByteOrder order) {
        return new ByteBufferSink<>(Objects.requireNonNull(buffer, "buffer"), Objects.requireNonNull(order, "order"),
                false, null);
    }

    /**
     * The table as 4-byte IEEE floats in byte order {@code order} into {@code buffer} from its position, which
     * advances past them; the table must fit in its remaining room. The buffer's own {@code order()} is neither
     * used nor changed.
     *
     * @param buffer where the bytes go
     * @param order the byte order of each value, e.g. {@link ByteOrder#LITTLE_ENDIAN} for numpy's {@code <f4}
     * @return the sink
     */
    public static TableSink<RuntimeException> floats(ByteBuffer buffer, ByteOrder order) {
        return new ByteBufferSink<>(Objects.requireNonNull(buffer, "buffer"), Objects.requireNonNull(order, "order"),
                true, null);
    }

    /**
     * A table of any length as 8-byte IEEE doubles in byte order {@code order}, through {@code buffer}: written
     * from its position, and drained whenever the next value does not fit and once after the last value (bytes
     * put in the buffer before the stream, a file header say, go out with the first drain).
     *
     * @param <X> the checked exception the drain may throw
     * @param buffer the buffer the values pass through; it must hold at least one value
     * @param order the byte order of each value, e.g. {@link ByteOrder#LITTLE_ENDIAN} for numpy's {@code <f8}
     * @param drain empties the buffer, e.g. {@link BufferDrain#to} a channel
     * @return the sink
     */
    public static <X extends Exception> TableSink<X> doubles(ByteBuffer buffer, ByteOrder order,
            BufferDrain<X> drain) {
        return new ByteBufferSink<>(Objects.requireNonNull(buffer, "buffer"), Objects.requireNonNull(order, "order"),
                false, Objects.requireNonNull(drain, "drain"));
    }

    /**
     * A table of any length as 4-byte IEEE floats in byte order {@code order}, through {@code buffer}: written
     * from its position, and drained whenever the next value does not fit and once after the last value (bytes
     * put in the buffer before the stream, a file header say, go out with the first drain).
     *
     * @param <X> the checked exception the drain may throw
     * @param buffer the buffer the values pass through; it must hold at least one value
     * @param order the byte order of each value, e.g. {@link ByteOrder#LITTLE_ENDIAN} for numpy's {@code <f4}
     * @param drain empties the buffer, e.g. {@link BufferDrain#to} a channel
     * @return the sink
     */
    public static <X extends Exception> TableSink<X> floats(ByteBuffer buffer, ByteOrder order, BufferDrain<X> drain) {
        return new ByteBufferSink<>(Objects.requireNonNull(buffer, "buffer"), Objects.requireNonNull(order, "order"),
                true, Objects.requireNonNull(drain, "drain"));
    }
}
