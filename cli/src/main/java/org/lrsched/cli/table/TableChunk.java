package org.lrsched.cli.table;

import java.io.IOException;
import org.lrsched.Schedule;
import org.lrsched.table.Kernel;

/** A reusable chunk of a table in its precision: filled through a kernel, then handed to a table writer. */
abstract class TableChunk {
    final int size;

    private TableChunk(int size) {
        this.size = size;
    }

    static TableChunk of(Precision precision, int size) {
        return precision == Precision.FLOAT ? new Floats(size) : new Doubles(size);
    }

    /** Values of steps {@code first} to {@code first + n - 1}; {@code n <= size}. */
    abstract void fill(Schedule schedule, long first, int n, Kernel kernel);

    abstract void writeTo(TableWriter out, long first, int n) throws IOException;

    private static final class Doubles extends TableChunk {
        private final double[] values;

        Doubles(int size) {
            super(size);
            values = new double[size];
        }

        @Override
        void fill(Schedule schedule, long first, int n, Kernel kernel) {
            Steps.fill(schedule, first, values, n, kernel);
        }

        @Override
        void writeTo(TableWriter out, long first, int n) throws IOException {
            out.write(first, values, n);
        }
    }

    private static final class Floats extends TableChunk {
        private final float[] values;

        Floats(int size) {
            super(size);
            values = new float[size];
        }

        @Override
        void fill(Schedule schedule, long first, int n, Kernel kernel) {
            Steps.fill(schedule, first, values, n, kernel);
        }

        @Override
        void writeTo(TableWriter out, long first, int n) throws IOException {
            out.write(first, values, n);
        }
    }
}
