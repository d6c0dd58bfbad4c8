package org.lrsched.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lrsched.cli.Cli;

/**
 * Where bench stores a run, through a stand-in JDK whose java answers the probe and "runs" JMH by copying a
 * stored jmh.json: a full run goes to results/, a smoke run never does, so report never sees it.
 */
class QuickRunTest {
    @TempDir
    Path root;

    private Path jdk;

    @BeforeEach
    void aRepositoryAndAStandInJdk() throws IOException {
        Files.createDirectories(root.resolve("jmh/target"));
        Files.writeString(root.resolve("jmh/pom.xml"), "<project/>");
        Files.write(root.resolve(RepositoryRoot.BENCHMARKS_JAR), new byte[0]);
        Path json = root.resolve("fixture.json");
        Files.copy(QuickRunTest.class.getResourceAsStream(
                "/report-fixture/intel-xeon-processor-avx512/debian-17.0.15/jmh.json"), json);
        jdk = root.resolve("jdk");
        Path java = Files.createDirectories(jdk.resolve("bin")).resolve("java");
        Files.writeString(java, String.join("\n", "#!/bin/sh",
                "case \"$*\" in *JvmProbe*) printf 'java.version=17.0.15\\njava.vendor=Stand-in\\nkernel=vector\\n';"
                        + " exit 0;; esac",
                "for a; do [ \"$previous\" = -rff ] && cp '" + json + "' \"$a\"; previous=$a; done",
                ""));
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void aQuickRunStaysOutOfResults() throws IOException {
        Cli.run("bench", "--quick", "--root", root.toString(), "--jdk", jdk.toString()).succeeded();

        assertThat(root.resolve(RepositoryRoot.RESULTS)).doesNotExist();
        try (var stored = Files.walk(root.resolve(RepositoryRoot.QUICK_RESULTS))) {
            assertThat(stored.filter(p -> p.endsWith("jmh.json"))).hasSize(1);
        }
    }

    @Test
    void aFullRunIsStoredForTheReport() throws IOException {
        Cli.run("bench", "--root", root.toString(), "--jdk", jdk.toString()).succeeded();

        assertThat(root.resolve(RepositoryRoot.QUICK_RESULTS)).doesNotExist();
        Cli.run("report", "--results", root.resolve(RepositoryRoot.RESULTS).toString()).succeeded();
        assertThat(Files.readString(root.resolve("results/README.md"))).contains("stand-in-17.0.15");
    }
}
