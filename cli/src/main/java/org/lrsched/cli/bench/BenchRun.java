package org.lrsched.cli.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of the benchmark suite: a JDK (its home), optionally {@code -XX:MaxVectorSize} in bytes to emulate a
 * narrower machine (32: AVX2, 16: SSE), and JMH's options; the commands that run it.
 */
record BenchRun(Path jdk, Integer maxVectorBytes, List<String> jmhOptions) {

    /** Each JDK, with each vector size when some are given, else with the machine's own. */
    static List<BenchRun> matrix(List<Path> jdks, List<Integer> maxVectorBytes, List<String> jmhOptions) {
        List<BenchRun> runs = new ArrayList<>();
        for (Path jdk : jdks) {
            if (maxVectorBytes.isEmpty()) {
                runs.add(new BenchRun(jdk, null, jmhOptions));
            }
            for (Integer bytes : maxVectorBytes) {
                runs.add(new BenchRun(jdk, bytes, jmhOptions));
            }
        }
        return runs;
    }

    Path java() {
        return jdk.resolve("bin").resolve("java");
    }

    /** The flags this run adds to every benchmark's JVM. */
    List<String> jvmFlags() {
        return maxVectorBytes == null ? List.of() : List.of("-XX:MaxVectorSize=" + maxVectorBytes);
    }

    /** The JVM as the benchmarks get it, asked what it is and which vector size the kernel sees. */
    List<String> probeCommand(Path jar) {
        List<String> command = new ArrayList<>(List.of(java().toString(), "--add-modules=jdk.incubator.vector"));
        command.addAll(jvmFlags());
        command.addAll(List.of("-cp", jar.toString(), JvmFacts.PROBE_CLASS));
        return command;
    }

    /**
     * The suite, writing JMH's JSON to {@code json}. The flags go first in each fork's JVM options
     * ({@code -jvmArgsPrepend}), so they join the benchmarks' own {@code @Fork} options instead of replacing them.
     */
    List<String> jmhCommand(Path jar, Path json) {
        List<String> command = new ArrayList<>(List.of(java().toString(), "-jar", jar.toString()));
        command.addAll(jmhOptions);
        if (maxVectorBytes != null) {
            command.addAll(List.of("-jvmArgsPrepend", String.join(" ", jvmFlags())));
        }
        command.addAll(List.of("-rf", "json", "-rff", json.toString()));
        return command;
    }

    /** results/CPU/this: the JDK's slug, and the vector size when emulated. */
    String directoryName(String jdkSlug) {
        return maxVectorBytes == null ? jdkSlug : jdkSlug + "-maxvector" + maxVectorBytes;
    }
}
