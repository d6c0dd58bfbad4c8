package org.lrsched.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM (and Ctrl-C, SIGINT, alike) in the middle of a table: no file is left, not even a temporary one. */
class InterruptedWriteTest {
    @TempDir
    Path dir;

    @Test
    void aTerminatedTableLeavesNoFile() throws Exception {
        Path table = dir.resolve("huge.csv");
        Process lrsched = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "table", "sgdr", "--count", "9000000000000", "-o", table.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
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
