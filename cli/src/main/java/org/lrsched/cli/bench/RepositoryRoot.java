package org.lrsched.cli.bench;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lrsched.cli.io.CliError;

/**
 * The repository lrsched runs from, where {@code bench} finds the benchmarks jar and {@code bench} and
 * {@code report} keep {@code results/}: the first directory holding {@code jmh/pom.xml} above lrsched's own jar
 * (cli/target/lrsched.jar), else above the working directory.
 */
public final class RepositoryRoot {
    static final String BENCHMARKS_JAR = "jmh/target/benchmarks.jar";
    /** Where bench stores its runs and report writes README.md, in the repository. */
    public static final String RESULTS = "results";
    /** Where smoke runs go: under the build's own output, never into results/ or its report. */
    public static final String QUICK_RESULTS = "jmh/target/quick-results";

    private RepositoryRoot() {}

    /** {@code given} as it is, or the one found. */
    public static Path resolve(Path given) {
        if (given != null) {
            return given.toAbsolutePath().normalize();
        }
        for (Path start : starts()) {
            for (Path dir = start; dir != null; dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve("jmh").resolve("pom.xml"))) {
                    return dir;
                }
            }
        }
        throw new CliError("cannot find the lrsched repository (a directory with jmh/pom.xml) above " + starts()
                + "; give it with --root DIR");
    }

    private static List<Path> starts() {
        List<Path> starts = new ArrayList<>();
        try {
            starts.add(Path.of(RepositoryRoot.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath());
        } catch (URISyntaxException | RuntimeException e) {
            // no usable code location (an unusual class loader): the working directory still counts
        }
        starts.add(Path.of("").toAbsolutePath());
        return starts;
    }
}
