package org.lrsched.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The commands bench runs, built without running them. */
class BenchRunTest {
    private static final Path JDK17 = Path.of("/jdks/17");
    private static final Path JDK25 = Path.of("/jdks/25");
    private static final Path JAR = Path.of("/repo/jmh/target/benchmarks.jar");

    @Test
    void eachJdkWithEachVectorSizeWhenGivenElseWithTheMachinesOwn() {
        List<BenchRun> own = BenchRun.matrix(List.of(JDK17, JDK25), List.of(), List.of());
        assertThat(own).extracting(BenchRun::jdk, BenchRun::maxVectorBytes)
                .containsExactly(tuple(JDK17, null),
                        tuple(JDK25, null));

        List<BenchRun> emulated = BenchRun.matrix(List.of(JDK25), List.of(32, 16), List.of());
        assertThat(emulated).extracting(BenchRun::maxVectorBytes).containsExactly(32, 16);
    }

    @Test
    void theSuiteWithTheJdksJavaJmhJsonAndTheFlagsPrependedToEachFork() {
        BenchRun run = new BenchRun(JDK25, 32, List.of("-f", "1"));

        assertThat(run.jmhCommand(JAR, Path.of("/tmp/r/jmh.json"))).containsExactly(
                "/jdks/25/bin/java", "-jar", "/repo/jmh/target/benchmarks.jar", "-f", "1",
                "-jvmArgsPrepend", "-XX:MaxVectorSize=32", "-rf", "json", "-rff", "/tmp/r/jmh.json");
        assertThat(run.directoryName("temurin-25.0.3")).isEqualTo("temurin-25.0.3-maxvector32");
    }

    @Test
    void withoutAVectorSizeNoFlagIsAdded() {
        BenchRun run = new BenchRun(JDK17, null, List.of());

        assertThat(run.jmhCommand(JAR, Path.of("j.json"))).doesNotContain("-jvmArgsPrepend");
        assertThat(run.jvmFlags()).isEmpty();
        assertThat(run.directoryName("debian-17.0.15")).isEqualTo("debian-17.0.15");
    }

    @Test
    void theProbeRunsInAJvmStartedAsTheForksAre() {
        assertThat(new BenchRun(JDK25, 16, List.of()).probeCommand(JAR)).containsExactly("/jdks/25/bin/java",
                "--add-modules=jdk.incubator.vector", "-XX:MaxVectorSize=16", "-cp", "/repo/jmh/target/benchmarks.jar",
                "org.lrsched.jmh.JvmProbe");
    }

    @Test
    void fullRunsFailOnAnyErrorAndIncludeWhatIsAsked() {
        List<String> options = BenchSettings.jmhOptions(false, List.of("FillBenchmark"), Map.of("kernel", "vector"));

        assertThat(options).startsWith("FillBenchmark").containsSequence(BenchSettings.FULL)
                .containsSequence("-p", "kernel=vector").endsWith("-foe", "true");
    }

    @Test
    void quickRunsAreShortAndTheUsersParametersWin() {
        List<String> options = BenchSettings.jmhOptions(true, List.of(), Map.of("steps", "10000000"));

        assertThat(options).containsSequence(BenchSettings.QUICK).containsSequence("-p", "steps=10000000")
                .containsSequence("-p", "step=4611686018427387904").doesNotContain("steps=4096")
                .endsWith("-foe", "true");
    }
}
