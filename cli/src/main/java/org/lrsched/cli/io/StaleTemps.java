package org.lrsched.cli.io;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The temporary files of a target that killed runs left behind (SIGKILL runs no shutdown hook, so nothing
 * removes them), found and removed on the next write of that target. A writer holds a lock on its temporary
 * file while it writes, and the system drops the lock when the writer dies: a file nobody holds a lock on has
 * no writer any more.
 */
final class StaleTemps {
    /**
     * A live writer's file is unlocked for an instant after it is created and after it is closed, before the
     * rename: a file touched this recently is left alone.
     */
    private static final Duration GRACE = Duration.ofSeconds(5);

    private StaleTemps() {}

    /** Removes the stale temporary files beside {@code destination} and says so, in one line, on {@code err}. */
    static void remove(Path destination, Path ownTemp, PrintWriter err) {
        List<Path> removed = new ArrayList<>();
        long bytes = 0;
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(destination.getParent(),
                p -> TempFile.isFor(destination, p) && !p.equals(ownTemp))) {
            for (Path candidate : siblings) {
                long size = sizeIfStale(candidate);
                if (size >= 0) {
                    removed.add(candidate.getFileName());
                    bytes += size;
                }
            }
        } catch (IOException e) {
            // a folder we cannot list: nothing to clean, and the write goes on
        }
        if (!removed.isEmpty()) {
            err.println(String.format("lrsched: removed %s (%,d bytes) left beside %s by a run that was killed",
                    removed.size() == 1 ? removed.get(0) : removed.size() + " temporary files", bytes,
                    destination.getFileName()));
            err.flush();
        }
    }

    /** Removes {@code candidate} if no writer holds it, and gives its size then; -1 when it is kept. */
    private static long sizeIfStale(Path candidate) {
        try (FileChannel file = FileChannel.open(candidate, StandardOpenOption.WRITE)) {
            if (Files.getLastModifiedTime(candidate).toInstant().isAfter(Instant.now().minus(GRACE))
                    || file.tryLock() == null) { // null: another process holds the lock, it is writing
                return -1;
            }
            long size = file.size();
            Files.delete(candidate);
            return size;
        } catch (OverlappingFileLockException e) {
            return -1; // this JVM is writing it
        } catch (IOException e) {
            return -1; // gone meanwhile, not ours to open, or no locks on this file system: left alone
        }
    }
}
