package org.lrsched.table;

/**
 * Receives a double table from {@link Tables#stream}, one chunk of consecutive steps at a time.
 *
 * @param <X> the checked exception {@link #accept} may throw ({@code RuntimeException} when it throws none)
 */
@FunctionalInterface
public interface DoubleChunks<X extends Exception> {

    /**
     * The values of steps {@code firstStep} to {@code firstStep + count - 1}, in {@code values[0]} to
     * {@code values[count - 1]}. The array is the stream's own and is overwritten by the next chunk: copy what
     * must outlive this call.
     *
     * @param firstStep the step of {@code values[0]}
     * @param values the chunk's values; only the first {@code count} belong to this chunk
     * @param count how many values this chunk holds, from 1 to the stream's {@code chunkSteps}
     * @throws X whatever the receiver throws; it ends the stream
     */
    void accept(long firstStep, double[] values, int count) throws X;
}
