package org.lrsched.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

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

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.csv"), "secret");
        assumeThat(secret.getFileSystem().supportedFileAttributeViews()).as("POSIX").contains("posix");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        Path shared = Files.writeString(dir.resolve("shared.csv"), "shared");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));

        Cli.run("table", "sgdr", "--count", "3", "-o", secret.toString()).succeeded();
        Cli.run("table", "sgdr", "--count", "3", "-o", shared.toString()).succeeded();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-rw-r--");
        assertThat(Files.readString(secret)).startsWith("step,lr\n");
    }

    /** Only root may give a file away; for anyone else the replacement is their own, as after sed -i. */
    @Test
    void aReplacedFileKeepsItsOwnerWhereAllowed() throws IOException {
        Path table = Files.writeString(dir.resolve("theirs.csv"), "old");
        UserPrincipal nobody;
        try {
            nobody = table.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(table, nobody);
        } catch (IOException | UnsupportedOperationException e) {
            throw new TestAbortedException("needs root and a user 'nobody' to give the file to: " + e);
        }

        Cli.run("table", "sgdr", "--count", "3", "-o", table.toString()).succeeded();

        assertThat(Files.getOwner(table)).isEqualTo(nobody);
    }

    /** Replacing goes by rename, as the README says: the name gets the new table, other links keep the old file. */
    @Test
    void aHardLinkKeepsTheOldFile() throws IOException {
        Path table = Files.writeString(dir.resolve("table.csv"), "old");
        Path link = Files.createLink(dir.resolve("link.csv"), table);

        Cli.run("table", "sgdr", "--count", "3", "-o", table.toString()).succeeded();

        assertThat(Files.readString(table)).startsWith("step,lr\n");
        assertThat(Files.readString(link)).isEqualTo("old");
    }

    /** The temporary name once added 22 bytes to the file's own, too many for a name of 234 bytes or more. */
    @Test
    void aNameOf255Bytes() throws IOException {
        Path longest = dir.resolve("n".repeat(251) + ".csv");

        Cli.run("table", "sgdr", "--count", "3", "-o", longest.toString()).succeeded();

        assertThat(Files.readString(longest)).startsWith("step,lr\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(longest);
        }
    }

    /** The link is kept and the file it names created, as the shell's '>' does. */
    @Test
    void aDanglingLinkGetsItsFile() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("new.csv"));

        Cli.run("table", "sgdr", "--count", "3", "-o", link.toString()).succeeded();

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("new.csv"))).startsWith("step,lr\n");
    }

    @Test
    void aChainOfLinksIsFollowedToTheEnd() throws IOException {
        Path real = Files.writeString(dir.resolve("real.csv"), "old");
        Files.createDirectory(dir.resolve("sub"));
        Path middle = Files.createSymbolicLink(dir.resolve("sub/middle.csv"), Path.of("../real.csv"));
        Path first = Files.createSymbolicLink(dir.resolve("first.csv"), middle.toAbsolutePath());

        Cli.run("table", "sgdr", "--count", "3", "-o", first.toString()).succeeded();

        assertThat(Files.isSymbolicLink(first)).isTrue();
        assertThat(Files.isSymbolicLink(middle)).isTrue();
        assertThat(Files.readString(real)).startsWith("step,lr\n");
    }

    /** It was replaced by a plain file, silently, where '>' says there is no such folder. */
    @Test
    void aLinkIntoAMissingFolderIsOneLine() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("nowhere/x.csv"));

        Cli.run("table", "sgdr", "--count", "3", "-o", link.toString())
                .failedWith("cannot write " + link + ": no such file or directory");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(link);
        }
    }

    @Test
    void aLoopOfLinksIsOneLine() throws IOException {
        Path a = dir.resolve("a.png");
        Path b = Files.createSymbolicLink(dir.resolve("b.png"), a);
        Files.createSymbolicLink(a, b);

        Cli.run("table", "sgdr", "--count", "3", "-o", a.toString())
                .failedWith("cannot write " + a + ": too many levels of symbolic links");
        Cli.run("plot", "sgdr", "-o", a.toString()).failedWith("cannot write " + a + ": too many levels");

        assertThat(Files.isSymbolicLink(a)).isTrue();
        assertThat(Files.isSymbolicLink(b)).isTrue();
    }

    private static byte[] readAll(Path fifo) {
        try (InputStream in = Files.newInputStream(fifo)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
