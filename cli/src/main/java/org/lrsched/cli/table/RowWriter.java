package org.lrsched.cli.table;

import java.io.IOException;

/** Writes table rows, one step and its learning rate at a time, buffered in large chunks. */
public interface RowWriter {

    void write(long step, double lr) throws IOException;

    /** Writes out everything buffered so far. */
    void flush() throws IOException;
}
