package org.lrsched.simd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lrsched.Schedule;

/**
 * The README's module-path snippet, as written there: a trainer module that requires core alone, run on the
 * module path with {@code --add-modules org.lrsched.simd} and on the class path with the incubator module, gets
 * the vector kernel both ways. The jars in {@code libs/} are core's, simd's and the trainer's.
 */
class ReadmeModulePathTest {
    private static final String MODULE_INFO = """
            module my.trainer {
                requires org.lrsched.core;
            }
            """;
    private static final String MAIN = """
            package my.trainer;

            public final class Main {
                public static void main(String[] args) {
                    System.out.println(org.lrsched.table.Kernels.preferred().name());
                }
            }
            """;

    @Test
    void theTrainerGetsTheVectorKernelOnEitherPath(@TempDir Path dir) throws Exception {
        Path libs = Files.createDirectories(dir.resolve("libs"));
        Path core = jarOf(location(Schedule.class), libs.resolve("lrsched-core.jar"));
        jarOf(location(VectorKernel.class), libs.resolve("lrsched-simd.jar"));
        Path classes = compileTrainer(dir, core);
        jarOf(classes, libs.resolve("my-trainer.jar"));

        assertThat(java(dir, "--module-path", "libs", "--add-modules", "org.lrsched.simd",
                "-m", "my.trainer/my.trainer.Main")).isEqualTo("vector");
        assertThat(java(dir, "--add-modules", "jdk.incubator.vector", "-cp", "libs/*", "my.trainer.Main"))
                .isEqualTo("vector");
    }

    private static Path compileTrainer(Path dir, Path core) throws IOException {
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("my/trainer"));
        Files.writeString(src.resolve("module-info.java"), MODULE_INFO);
        Files.writeString(src.resolve("my/trainer/Main.java"), MAIN);
        Path classes = dir.resolve("classes");
        run("javac", "-d", classes.toString(), "--module-path", core.toString(),
                src.resolve("module-info.java").toString(), src.resolve("my/trainer/Main.java").toString());
        return classes;
    }

    /** A jar of {@code location}, or the jar it is already. */
    private static Path jarOf(Path location, Path jar) throws IOException {
        if (Files.isDirectory(location)) {
            run("jar", "--create", "--file", jar.toString(), "-C", location.toString(), ".");
        } else {
            Files.copy(location, jar);
        }
        return jar;
    }

    private static void run(String tool, String... args) {
        StringWriter out = new StringWriter();
        int status = ToolProvider.findFirst(tool).orElseThrow().run(new PrintWriter(out), new PrintWriter(out), args);
        assertThat(status).as("%s: %s", tool, out).isZero();
    }

    /** What {@code java args} prints on standard output, run in {@code dir}; its log goes to standard error. */
    private static String java(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor()).as("%s: %s", command, out).isZero();
        return out;
    }

    private static Path location(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
