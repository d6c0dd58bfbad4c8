package org.lrsched.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lrsched.Schedule;
import org.lrsched.types.ScheduleTypes;
import org.lrsched.spec.SpecText;
import org.lrsched.testing.Golden;

/**
 * Held-out tables that the seed Python produced for edge parameters, nested wrappers and every MXNet scheduler
 * (generated outside the project by /work/ref/make_heldout.py; see heldout/cases.txt). Each table is checked
 * bit for bit, or within 2^-51 x its largest |lr| where the Python goes through C's cos or pow.
 */
class HeldOutCasesTest {

    /** One row of a {@code step,lr} table. */
    record Row(long step, double lr) {}

    /** One line of heldout/cases.txt: {@code name|spec text|exact or libm|steps}. */
    record Case(String name, String spec, boolean libm, String steps) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String line : lines("heldout/cases.txt")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|", -1);
            if (f.length != 4 || !(f[2].equals("exact") || f[2].equals("libm"))) {
                throw new IllegalStateException("malformed heldout/cases.txt line: " + line);
            }
            cases.add(new Case(f[0], f[1], f[2].equals("libm"), f[3]));
        }
        return cases.stream();
    }

    @Test
    void theCaseListIsNotEmpty() {
        assertThat(cases()).hasSizeGreaterThan(50);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesThePython(Case c) {
        Schedule schedule = ScheduleTypes.build(SpecText.parse(c.spec()));
        List<Row> rows = rows(c.name());
        assertThat(rows).as("rows of %s", c.name()).isNotEmpty();
        double bound = c.libm() ? Math.scalb(rows.stream().mapToDouble(r -> Math.abs(r.lr())).max().orElse(0), -51) : 0;
        List<String> misses = new ArrayList<>();
        int missCount = 0;
        for (Row row : rows) {
            String miss = compare(schedule, row, c.libm(), bound);
            if (miss != null && ++missCount <= 10) {
                misses.add(miss);
            }
        }
        assertThat(misses).as("%s = %s (%s): %d of %d steps differ, the first ones", c.name(), c.spec(),
                c.libm() ? "within " + bound : "bit-identical", missCount, rows.size())
                .isEmpty();
    }

    /** Null when our value matches the row, else a line saying how it differs. */
    private static String compare(Schedule schedule, Row row, boolean libm, double bound) {
        double ours;
        try {
            ours = schedule.at(row.step());
        } catch (RuntimeException e) {
            return "step " + row.step() + ": Python " + row.lr() + ", we threw " + e;
        }
        boolean same = libm ? Math.abs(ours - row.lr()) <= bound
                : Double.doubleToRawLongBits(ours) == Double.doubleToRawLongBits(row.lr());
        return same ? null : "step " + row.step() + ": Python " + row.lr() + ", ours " + ours;
    }

    private static List<Row> rows(String name) {
        List<Row> rows = new ArrayList<>();
        for (String[] f : Golden.csv("heldout/" + name + ".csv")) {
            rows.add(new Row(Long.parseLong(f[0]), Double.parseDouble(f[1])));
        }
        return rows;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = HeldOutCasesTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
