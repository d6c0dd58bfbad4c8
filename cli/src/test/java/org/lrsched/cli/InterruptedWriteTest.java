package org.lrsched.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM (and Ctrl-C, SIGINT, alike) in the middle of a table: no file is left, not even a temporary one.
 * SIGKILL leaves the temporary file, which the next write of the same table removes, once its writer is gone.
 */
class InterruptedWriteTest {
    @TempDir
    Path dir;

    @Test
    void aTerminatedTableLeavesNoFile() throws Exception {
        Path table = dir.resolve("huge.csv");
        Process lrsched = start("table", "sgdr", "--count", "9000000000000", "-o", table.toString());
        try {
            assertThat(waitForAFile(30)).as("the temporary file appears").isTrue();

            lrsched.destroy(); // SIGTERM

            assertThat(lrsched.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(lrsched.exitValue()).isEqualTo(143); // 128 + SIGTERM
            assertThat(files()).isEmpty();
        } finally {
            lrsched.destroyForcibly();
        }
    }

    @Test
    void aKilledTablesTemporaryFileGoesWhenItsWriterHasGone() throws Exception {
        Path table = dir.resolve("huge.csv");
        Process lrsched = start("table", "sgdr", "--count", "9000000000000", "-o", table.toString());
        try {
            assertThat(waitForAFile(30)).as("the temporary file appears").isTrue();
            Path temp = files().get(0);
            signal("STOP", lrsched); // alive, holding its lock, but no longer touching the file
            makeOld(temp);

            Cli.run("table", "sgdr", "--count", "10", "-o", table.toString()).succeeded();
            assertThat(temp).as("a live writer's file").exists();

            lrsched.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertThat(lrsched.waitFor(30, TimeUnit.SECONDS)).isTrue();
            makeOld(temp);
            Cli.Result next = Cli.run("table", "sgdr", "--count", "10", "-o", table.toString());

            assertThat(next.exitCode()).isZero();
            assertThat(next.stderr()).startsWith("lrsched: removed " + temp.getFileName() + " (")
                    .endsWith(" bytes) left beside huge.csv by a run that was killed\n");
            assertThat(files()).containsExactly(table);
        } finally {
            lrsched.destroyForcibly();
        }
    }

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static void signal(String name, Process process) throws Exception {
        assertThat(new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).start().waitFor()).isZero();
    }

    /** Past the grace a fresh file gets: as if the writer had stopped a minute ago. */
    private static void makeOld(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
    }

    private boolean waitForAFile(int seconds) throws InterruptedException, IOException {
        for (long deadline = System.nanoTime() + seconds * 1_000_000_000L; System.nanoTime() < deadline; ) {
            if (!files().isEmpty()) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.collect(Collectors.toList());
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
