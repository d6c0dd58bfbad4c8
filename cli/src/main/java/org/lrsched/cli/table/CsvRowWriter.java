package org.lrsched.cli.table;

import java.io.IOException;
import java.io.OutputStream;

/** A {@code step,lr} header, then one ASCII row per step, each value printed so it parses back exactly. */
public final class CsvRowWriter implements RowWriter, TableWriter {
    private static final int CHUNK = 1 << 16;
    private static final int LONGEST_ROW = 64; // a long, a comma, a double and a newline

    private final OutputStream out;
    private final Precision precision;
    private final StringBuilder text = new StringBuilder(CHUNK + LONGEST_ROW);
    private final byte[] bytes = new byte[CHUNK + LONGEST_ROW];

    public CsvRowWriter(OutputStream out, Precision precision) {
        this.out = out;
        this.precision = precision;
        text.append("step,lr\n");
    }

    @Override
    public void write(long step, double lr) throws IOException {
        text.append(step).append(',');
        precision.append(text, lr);
        text.append('\n');
        if (text.length() >= CHUNK) {
            drain();
        }
    }

    @Override
    public void write(long firstStep, double[] values, int n) throws IOException {
        for (int i = 0; i < n; i++) {
            write(firstStep + i, values[i]);
        }
    }

    /** A float table's values, printed as floats whatever the writer's precision. */
    @Override
    public void write(long firstStep, float[] values, int n) throws IOException {
        for (int i = 0; i < n; i++) {
            text.append(firstStep + i).append(',').append(values[i]).append('\n');
            if (text.length() >= CHUNK) {
                drain();
            }
        }
    }

    @Override
    public void finish() throws IOException {
        flush();
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    /** Every character is ASCII, so a byte per char needs no encoder. */
    private void drain() throws IOException {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            bytes[i] = (byte) text.charAt(i);
        }
        out.write(bytes, 0, n);
        text.setLength(0);
    }
}
