package org.lrsched.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** {@code step,lr} tables: lrsched's output and the golden files, parsed back to numbers. */
final class CsvRows {
    private CsvRows() {}

    record Row(long step, double lr) {}

    /** The rows of a table with its {@code step,lr} header. */
    static List<Row> parse(String csv) {
        String[] lines = csv.split("\n", -1);
        assertThat(lines[0]).isEqualTo("step,lr");
        assertThat(lines[lines.length - 1]).as("text ends with a newline").isEmpty();
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.length - 1; i++) {
            String[] fields = lines[i].split(",");
            assertThat(fields).as("line %d: %s", i + 1, lines[i]).hasSize(2);
            rows.add(new Row(Long.parseLong(fields[0]), Double.parseDouble(fields[1])));
        }
        return rows;
    }

    /** A golden table of the seed documents' Python (copied from core's test resources). */
    static List<Row> golden(String name) {
        try (InputStream in = CsvRows.class.getResourceAsStream("/golden/" + name + ".csv")) {
            assertThat(in).as("golden/%s.csv", name).isNotNull();
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
