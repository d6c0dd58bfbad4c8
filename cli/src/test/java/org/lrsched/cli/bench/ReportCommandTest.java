package org.lrsched.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lrsched.cli.Cli;

/**
 * report on a fixture cut from two real runs (JDK 17: table fills, roofline and peers at 10^7 steps; JDK 25:
 * at(2^62)). The expected numbers are worked out by hand from the fixture's scores and errors.
 */
class ReportCommandTest {
    private static final String DEBIAN = "intel-xeon-processor-avx512 / debian-17.0.15";
    private static final String TEMURIN = "intel-xeon-processor-avx512 / temurin-25.0.3";

    @TempDir
    Path results;

    private String readme;

    @BeforeEach
    void report() throws IOException, URISyntaxException {
        copyTree(Path.of(ReportCommandTest.class.getResource("/report-fixture").toURI()), results);
        Cli.run("report", "--results", results.toString()).succeeded();
        readme = Files.readString(results.resolve("README.md"));
    }

    @Test
    void stepsPerSecondAndTheFractionOfTheRooflineWithPropagatedErrors() {
        // 369.287 ± 3.722 tables/s of 10^7 float steps over the roofline's 716.668 ± 7.822 arrays/s
        assertThat(readme).contains("| *roofline: Arrays.fill* | 10^7 | 7.17 ± 0.08 G | 100% |")
                .contains("| cyclical_triangular | 10^7 | 3.69 ± 0.04 G | 51.5 ± 0.8% | — | 73.5 ± 1.4 M | 50.2 ± 1.1× |"
                        + " 80.5 ± 18.0 M | 45.9 ± 10.3× | 233 ± 30 M | 15.8 ± 2.0× |");
    }

    @Test
    void doubleTablesHaveNoDjlAndNd4jsCosineIsMarkedAsAStandIn() {
        assertThat(readme).contains("| warmup_cosine_full | 10^7 | 305 ± 25 M | 10.5 ± 1.8% | — | 41.2 ± 4.1 M |"
                + " 7.40 ± 0.96× | — | — | 55.7 ± 5.9 M † | 5.48 ± 0.74× † |");
    }

    @Test
    void goalsMissedSayByHowMuch() {
        assertThat(readme)
                .contains("- cyclical_triangular, float, 10^7 steps: 51.5 ± 0.8% of the roofline (goal 80%: 28 points"
                        + " short; the fill needs 1.55× its speed)")
                .contains("- × DJL, warmup_cosine_full, float, 10^7 steps: 5.87 ± 1.54× (goal 20×: 3.41× short)")
                .contains("- at(2^62), l1_d1_0000001: 182 ± 15 ns (goal under 50 ns: 3.63× over)")
                // ND4J fills this double table at 1/7.63 of Arrays.fill's rate: a 20× goal is out of reach
                .contains("- × ND4J, cyclical_triangular, double, 10^7 steps: 4.31 ± 0.71× (goal 20×: 4.64× short);"
                        + " Arrays.fill itself is only 7.63 ± 1.54× the peer, so no fill can meet it")
                .doesNotContain("warmup_cosine_full, float, 10^7 steps: 5.87 ± 1.54× (goal 20×: 3.41× short);")
                .doesNotContain("× DJL, cyclical_triangular") // 45.9× meets the goal
                .doesNotContain("at(2^62), sgdr"); // 33.7 ns meets it
        assertThat(readme).contains("| " + DEBIAN + " | met 0 of 4 | met 1 of 6 | — |")
                .contains("| " + TEMURIN + " | — | — | met 1 of 2 |");
    }

    @Test
    void everyConfigurationSideBySide() {
        assertThat(readme).contains("| schedule | precision | debian-17.0.15 | temurin-25.0.3 |")
                .contains("| cyclical_triangular | float | 51.5 ± 0.8% (3.69 ± 0.04 G) | — |")
                .contains("| sgdr | — | 33.7 ± 1.3 |");
    }

    @Test
    void theEnvironmentOfEachRun() {
        assertThat(readme).contains("## " + TEMURIN)
                .contains("| JDK | Eclipse Adoptium 25.0.3+9-LTS (OpenJDK 64-Bit Server VM), /usr/lib/jvm/temurin-25-jdk-amd64 |")
                .contains("| kernel | vector (512-bit, 8 doubles per vector) |")
                .contains("| measurement | 1 fork(s); warm-up 2 × 500 ms; measured 5 × 400 ms |");
    }

    @Test
    void pngChartsBesideTheReadmeAndLinkedFromIt() throws IOException {
        for (String chart : new String[] {"configs-intel-xeon-processor-avx512-roofline-float.png",
            "configs-intel-xeon-processor-avx512-roofline-double.png",
            "intel-xeon-processor-avx512-debian-17.0.15-roofline.png",
            "intel-xeon-processor-avx512-debian-17.0.15-peers.png"}) {
            assertThat(readme).contains("](" + chart + ")");
            try (InputStream png = Files.newInputStream(results.resolve(chart))) {
                assertThat(png.readNBytes(4)).as(chart).containsExactly(0x89, 'P', 'N', 'G');
            }
        }
    }

    @Test
    void runsOfTwoCpusWithTheSameJdksGetAChartEach() throws IOException {
        copyTree(results.resolve("intel-xeon-processor-avx512"), results.resolve("amd-epyc-avx512"));

        Cli.run("report", "--results", results.toString()).succeeded();

        String twoCpus = Files.readString(results.resolve("README.md"));
        assertThat(twoCpus).contains("## amd-epyc-avx512 / debian-17.0.15").contains("## " + DEBIAN)
                .contains("](configs-amd-epyc-avx512-roofline-float.png)")
                .contains("](configs-intel-xeon-processor-avx512-roofline-float.png)");
    }

    @Test
    void notesAreCopiedIn() throws IOException {
        Files.writeString(results.resolve(Report.NOTES), "These runs were made on a quiet machine.\n");

        Cli.run("report", "--results", results.toString()).succeeded();

        assertThat(Files.readString(results.resolve("README.md"))).contains("These runs were made on a quiet machine.");
    }

    @Test
    void withoutStoredRunsItSaysToBenchFirst(@TempDir Path empty) {
        Cli.run("report", "--results", empty.toString()).failedWith("no stored runs", "lrsched bench");
    }

    /** Every file and folder under {@code from}, copied to the same place under {@code to}. */
    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
    }
}
