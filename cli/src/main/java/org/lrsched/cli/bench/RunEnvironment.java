package org.lrsched.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/** environment.json beside a run's jmh.json: the machine, the JDK and flags, the code and the time of the run. */
final class RunEnvironment {
    static final String FILE = "environment.json";

    private RunEnvironment() {}

    static ObjectNode describe(CpuFacts cpu, JvmFacts jvm, BenchRun run, List<String> jmhCommand, GitState git,
            Path jar, Instant date) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode env = mapper.createObjectNode();
        env.put("date", date.toString());

        ObjectNode code = env.putObject("git");
        code.put("commit", git.commit());
        strings(code.putArray("uncommittedChanges"), git.uncommittedChanges());

        ObjectNode machine = env.putObject("cpu");
        machine.put("model", cpu.model());
        machine.put("family", cpu.family());
        machine.put("modelNumber", cpu.modelNumber());
        machine.put("stepping", cpu.stepping());
        machine.put("logicalCpus", cpu.logicalCpus());
        machine.put("slug", cpu.slug());
        strings(machine.putArray("vectorFlags"), cpu.vectorFlags());
        strings(machine.putArray("flags"), cpu.flags());

        ObjectNode jdk = env.putObject("jdk");
        jdk.put("home", run.jdk().toString());
        jdk.put("version", jvm.get("java.version"));
        jdk.put("vendor", jvm.get("java.vendor"));
        jdk.put("vendorVersion", jvm.get("java.vendor.version"));
        jdk.put("runtimeVersion", jvm.get("java.runtime.version"));
        jdk.put("vmName", jvm.get("java.vm.name"));
        jdk.put("vmVersion", jvm.get("java.vm.version"));
        jdk.put("slug", jvm.slug());

        ObjectNode os = env.putObject("os");
        os.put("name", jvm.get("os.name"));
        os.put("arch", jvm.get("os.arch"));
        os.put("version", jvm.get("os.version"));

        env.put("kernel", jvm.get("kernel"));
        env.put("vectorBits", jvm.vectorBits());
        if (run.maxVectorBytes() != null) {
            env.put("maxVectorBytes", run.maxVectorBytes());
        }
        strings(env.putArray("jvmFlags"), run.jvmFlags());
        strings(env.putArray("command"), jmhCommand);

        ObjectNode benchmarks = env.putObject("benchmarksJar");
        benchmarks.put("path", jar.toString());
        benchmarks.put("sha256", sha256(jar));
        benchmarks.put("modified", Files.getLastModifiedTime(jar).toInstant().toString());
        return env;
    }

    static void write(ObjectNode environment, Path file) throws IOException {
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), environment);
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
