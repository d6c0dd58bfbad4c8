package org.lrsched.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lrsched.cli.Cli;

/** bench's refusals, each before any benchmark runs: exit 2 and one line that says what to do. */
class BenchCommandTest {
    @TempDir
    Path root;

    @Test
    void withoutTheBenchmarksJarItSaysHowToBuildIt() {
        Cli.run("bench", "--root", root.toString()).failedWith("jmh/target/benchmarks.jar",
                "mvn -DskipTests package -pl jmh -am");
    }

    @Test
    void aJdkWithoutJava() throws IOException {
        Files.createDirectories(root.resolve("jmh/target"));
        Files.write(root.resolve(RepositoryRoot.BENCHMARKS_JAR), new byte[0]);

        Cli.run("bench", "--root", root.toString(), "--jdk", root.resolve("nojdk").toString())
                .failedWith("--jdk", "no bin/java there");
    }

    @Test
    void aVectorSizeThatIsNoPowerOfTwo() {
        Cli.run("bench", "--root", root.toString(), "--vector-size", "24")
                .failedWith("--vector-size 24: must be a power of two");
    }
}
