package org.lrsched.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where tables go: files appear whole or not at all, devices and pipes stay what they are, errors are one line. */
class OutputTest {
    @TempDir
    Path dir;

    @Test
    void aFullDiskIsOneLine() throws IOException {
        Path full = Path.of("/dev/full"); // every write fails with ENOSPC
        assumeThat(Files.isWritable(full)).as("/dev/full").isTrue();
        try (FileOutputStream stdout = new FileOutputStream(full.toFile())) {
            Cli.Result result = Cli.runTo(stdout, "table", "sgdr", "--format", "npy", "--count", "100000");

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.stderr())
                    .isEqualTo("lrsched table: cannot write standard output: No space left on device\n");
        }
    }

    @Test
    void aPathUnderARegularFileIsOneLine() throws IOException {
        Path file = Files.writeString(dir.resolve("somefile"), "");

        Cli.run("table", "sgdr", "--format", "npy", "-o", file.resolve("x.npy").toString())
                .failedWith("cannot write " + file.resolve("x.npy") + ": Not a directory");
    }

    /** Renaming a finished file over a pipe (or /dev/null) would replace it with a plain file. */
    @Test
    void aNamedPipeIsWrittenInPlace() throws Exception {
        Path fifo = dir.resolve("fifo");
        assumeThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).as("mkfifo").isZero();
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> readAll(fifo));

        Cli.run("table", "sgdr", "--format", "raw", "--count", "1000", "-o", fifo.toString()).succeeded();

        assertThat(read.get(30, TimeUnit.SECONDS)).hasSize(8000);
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(fifo);
        }
    }

    @Test
    void throughASymbolicLinkTheFileIsReplacedAndTheLinkKept() throws IOException {
        Path real = Files.writeString(dir.resolve("real.csv"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real.getFileName());

        Cli.run("table", "sgdr", "--count", "3", "-o", link.toString()).succeeded();

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).startsWith("step,lr\n0,2.0\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(real, link);
        }
    }

    private static byte[] readAll(Path fifo) {
        try (InputStream in = Files.newInputStream(fifo)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
