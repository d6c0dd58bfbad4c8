package org.lrsched.cli.table;

import java.io.IOException;

/**
 * Writes a table a chunk of consecutive steps at a time. The array type is the table's precision: a float
 * table comes as {@code float[]} chunks, a double table as {@code double[]} chunks.
 */
interface TableWriter {

    void write(long firstStep, double[] values, int n) throws IOException;

    void write(long firstStep, float[] values, int n) throws IOException;

    /** Writes out everything buffered so far; the table is complete. */
    void finish() throws IOException;
}
