package org.lrsched.cli.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lrsched.cli.Cli;

/** A write removes the temporary files of its target that no writer holds any more, and says so in one line. */
class StaleTempsTest {
    @TempDir
    Path dir;

    @Test
    void aKilledRunsFileGoesOnTheNextWriteOfItsTarget() throws IOException {
        Path table = dir.resolve("t.npy");
        Path stale = leftOver(table, 1000);

        Cli.Result result = Cli.run("table", "sgdr", "--count", "10", "--format", "npy", "-o", table.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.stderr()).isEqualTo("lrsched: removed " + stale.getFileName() + " (1,000 bytes) left beside"
                + " t.npy by a run that was killed\n");
        assertThat(stale).doesNotExist();
        assertThat(table).exists();
    }

    @Test
    void severalAreOneLine() throws IOException {
        Path plot = dir.resolve("p.png");
        leftOver(plot, 10);
        leftOver(plot, 20);

        String stderr = Cli.run("plot", "sgdr", "-o", plot.toString()).stderr();

        assertThat(stderr).isEqualTo("lrsched: removed 2 temporary files (30 bytes) left beside p.png by a run that"
                + " was killed\n");
    }

    @Test
    void aFileThatIsLockedOrFreshOrAnotherTargetsStays() throws IOException {
        Path table = dir.resolve("t.csv");
        Path locked = leftOver(table, 10);
        Path fresh = TempFile.beside(table);
        Files.write(fresh, new byte[10]);
        Path other = leftOver(dir.resolve("other.csv"), 10);

        try (FileChannel writer = FileChannel.open(locked, StandardOpenOption.WRITE)) {
            writer.lock(); // a writer that is alive
            Cli.run("table", "sgdr", "--count", "10", "-o", table.toString()).succeeded();
        }

        assertThat(locked).exists();
        assertThat(fresh).exists();
        assertThat(other).exists();
    }

    /** A temporary file of {@code target}'s as a run killed a minute ago leaves it. */
    private static Path leftOver(Path target, int bytes) throws IOException {
        Path temp = TempFile.beside(target);
        Files.write(temp, new byte[bytes]);
        Files.setLastModifiedTime(temp, FileTime.from(Instant.now().minusSeconds(60)));
        return temp;
    }
}
