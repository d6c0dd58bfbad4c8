package org.lrsched;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/** jdeps on core's classes: the dependencies between its packages form no cycle. */
class PackageLayersTest {
    private static final Pattern EDGE = Pattern.compile("^\\s+(org\\.lrsched[\\w.]*)\\s+->\\s+(org\\.lrsched[\\w.]*)\\s",
            Pattern.MULTILINE);

    @Test
    void corePackagesFormNoCycle() throws Exception {
        Path classes = Path.of(Schedule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        StringWriter out = new StringWriter();
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(out), "-verbose:package",
                "--ignore-missing-deps", classes.toString());
        assertThat(status).as(out.toString()).isZero();

        Map<String, Set<String>> uses = new TreeMap<>();
        Matcher m = EDGE.matcher(out.toString());
        while (m.find()) {
            if (!m.group(1).equals(m.group(2))) {
                uses.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
            }
        }
        assertThat(uses).as("jdeps found the package edges:%n%s", out).containsKeys("org.lrsched.schedule",
                "org.lrsched.types");
        for (String start : uses.keySet()) {
            assertThat(cycleThrough(start, uses)).as("a cycle of packages through %s", start).isEmpty();
        }
    }

    /** A path from {@code start} back to itself, or empty. */
    private static Deque<String> cycleThrough(String start, Map<String, Set<String>> uses) {
        Deque<String> path = new ArrayDeque<>();
        return walk(start, start, uses, path, new HashSet<>()) ? path : new ArrayDeque<>();
    }

    private static boolean walk(String at, String start, Map<String, Set<String>> uses, Deque<String> path,
            Set<String> seen) {
        for (String next : uses.getOrDefault(at, Set.of())) {
            path.addLast(next);
            if (next.equals(start) || (seen.add(next) && walk(next, start, uses, path, seen))) {
                return true;
            }
            path.removeLast();
        }
        return false;
    }
}
