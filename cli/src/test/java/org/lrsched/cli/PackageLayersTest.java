package org.lrsched.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * jdeps on the cli's classes: the commands sit on top, and the packages below them (io, spec, table, plot,
 * verify, bench) never reach up to the commands, so no package of the cli depends on itself through another.
 */
class PackageLayersTest {
    private static final String COMMANDS = "org.lrsched.cli";
    /** Each package and the cli packages it may use: a layer uses only the layers below it. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            COMMANDS + ".io", Set.of(),
            COMMANDS + ".spec", Set.of(COMMANDS + ".io"),
            COMMANDS + ".table", Set.of(COMMANDS + ".io"),
            COMMANDS + ".plot", Set.of(COMMANDS + ".io", COMMANDS + ".spec", COMMANDS + ".table"),
            COMMANDS + ".verify", Set.of(COMMANDS + ".io", COMMANDS + ".table"),
            COMMANDS + ".bench", Set.of(COMMANDS + ".io", COMMANDS + ".plot"));
    private static final Pattern EDGE = Pattern.compile("^\\s+(org\\.lrsched\\.cli[\\w.]*)\\s+->\\s+"
            + "(org\\.lrsched\\.cli[\\w.]*)\\s", Pattern.MULTILINE);

    @Test
    void eachPackageUsesOnlyTheLayersBelowIt() throws Exception {
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
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
        assertThat(uses).as("jdeps found the package edges:%n%s", out).containsKeys(COMMANDS, COMMANDS + ".plot");
        uses.remove(COMMANDS); // the commands may use every layer
        assertThat(ALLOWED).as("every package has its place").containsKeys(uses.keySet().toArray(String[]::new));
        uses.forEach((from, to) -> assertThat(to).as("what %s uses", from).isSubsetOf(ALLOWED.get(from)));
    }
}
