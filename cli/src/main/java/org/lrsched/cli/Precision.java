package org.lrsched.cli;

import java.nio.ByteBuffer;
import java.util.Locale;

/** The number type of a table's values: the double itself, or the double rounded to the nearest float. */
enum Precision {
    DOUBLE(Double.BYTES) {
        @Override
        void append(StringBuilder text, double value) {
            text.append(value); // Double.toString's digits, which parse back to the same double
        }

        @Override
        void put(ByteBuffer buffer, double value) {
            buffer.putDouble(value);
        }
    },
    FLOAT(Float.BYTES) {
        @Override
        void append(StringBuilder text, double value) {
            text.append((float) value); // Float.toString's digits, which parse back to the same float
        }

        @Override
        void put(ByteBuffer buffer, double value) {
            buffer.putFloat((float) value);
        }
    };

    /** Bytes per value in a raw table. */
    final int bytes;

    Precision(int bytes) {
        this.bytes = bytes;
    }

    abstract void append(StringBuilder text, double value);

    abstract void put(ByteBuffer buffer, double value);

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
