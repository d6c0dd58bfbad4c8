package org.lrsched.table;

import org.lrsched.formula.Out;

/**
 * One stream's working array, reused for every chunk: {@link TableStream} fills {@link #out}, then hands its first
 * values on to where the sink sends them.
 */
abstract class Chunk<X extends Exception> {
    final Out out;

    private Chunk(Out out) {
        this.out = out;
    }

    /** Sends on the first {@code n} values of {@link #out}, those of steps {@code firstStep} onwards. */
    abstract void send(long firstStep, int n) throws X;

    static <X extends Exception> Chunk<X> doubles(int size, DoubleChunks<X> chunks) {
        double[] values = new double[size];
        return new Chunk<>(Out.of(values)) {
            @Override
            void send(long firstStep, int n) throws X {
                chunks.accept(firstStep, values, n);
            }
        };
    }

    static <X extends Exception> Chunk<X> floats(int size, FloatChunks<X> chunks) {
        float[] values = new float[size];
        return new Chunk<>(Out.of(values)) {
            @Override
            void send(long firstStep, int n) throws X {
                chunks.accept(firstStep, values, n);
            }
        };
    }
}
