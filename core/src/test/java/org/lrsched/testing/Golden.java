package org.lrsched.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the golden values the seed documents' own Python produced (copied into test resources). */
public final class Golden {
    private Golden() {}

    /** One row of a golden {@code step,lr} table. */
    public static final class Row {
        public final long step;
        public final double lr;

        Row(long step, double lr) {
            this.step = step;
            this.lr = lr;
        }
    }

    public static List<Row> rows(String csv) {
        List<Row> rows = new ArrayList<>();
        for (String[] f : csv("golden/" + csv)) {
            rows.add(new Row(Long.parseLong(f[0]), Double.parseDouble(f[1])));
        }
        return rows;
    }

    /** The rows of a CSV resource, header skipped. */
    public static List<String[]> csv(String resource) {
        try (InputStream in = Golden.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            List<String[]> rows = new ArrayList<>();
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank()) {
                    rows.add(line.split(","));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The largest |lr| of a table: the scale of the 2^-51 bound for values that go through C's cos or pow. */
    public static double maxAbs(List<Row> rows) {
        double max = 0;
        for (Row r : rows) {
            max = Math.max(max, Math.abs(r.lr));
        }
        return max;
    }
}
