package org.lrsched.table;

import java.nio.Buffer;
import java.util.function.IntFunction;

/** Chunks into a receiver: a callback, or a double or float buffer that the whole table must fit in. */
final class ChunkSink<X extends Exception> extends TableSink<X> {
    private final IntFunction<Chunk<X>> chunks;
    /** The buffer whose remaining room bounds the table; null: unbounded. */
    private final Buffer bound;

    ChunkSink(IntFunction<Chunk<X>> chunks, Buffer bound) {
        this.chunks = chunks;
        this.bound = bound;
    }

    @Override
    long room() {
        return bound == null ? Long.MAX_VALUE : bound.remaining();
    }

    @Override
    String describeRoom() {
        return "the buffer has room for " + room() + " values";
    }

    @Override
    Chunk<X> chunk(int size) {
        return chunks.apply(size);
    }

    @Override
    void finish() {}
}
