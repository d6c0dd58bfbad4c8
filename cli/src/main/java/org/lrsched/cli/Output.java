package org.lrsched.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where a command's bytes go: standard output, or a file that appears only when complete. A file is written
 * under a temporary name in its own directory and renamed into place by {@link #commit()}; closing without a
 * commit, or the JVM shutting down first (Ctrl-C), removes the temporary file, so no partial table is left.
 */
final class Output implements Closeable {
    private final OutputStream stream;
    private final Path target; // null: standard output
    private final Path temp;
    private final Thread removeTemp;
    private boolean committed;

    private Output(OutputStream stream, Path target, Path temp) {
        this.stream = stream;
        this.target = target;
        this.temp = temp;
        this.removeTemp = temp == null ? null : new Thread(this::deleteTemp);
        if (removeTemp != null) {
            Runtime.getRuntime().addShutdownHook(removeTemp);
        }
    }

    static Output standard(OutputStream out) {
        return new Output(out, null, null);
    }

    static Output file(Path target) throws IOException {
        if (Files.isDirectory(target)) {
            throw new IOException("is a directory");
        }
        Path dir = target.toAbsolutePath().getParent();
        // A random name created exclusively: permissions follow the umask, as for the final file.
        String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong());
        Path temp = dir.resolve("." + target.getFileName() + "." + suffix + ".tmp");
        return new Output(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                target, temp);
    }

    OutputStream stream() {
        return stream;
    }

    /** The output is complete: flush it, or move the file into place. */
    void commit() throws IOException {
        stream.flush();
        if (temp != null) {
            stream.close();
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            Runtime.getRuntime().removeShutdownHook(removeTemp);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (temp != null && !committed) {
            try {
                stream.close();
            } finally {
                Files.deleteIfExists(temp);
                Runtime.getRuntime().removeShutdownHook(removeTemp);
            }
        }
    }

    /** Best effort while the JVM exits: there is no one left to tell. */
    private void deleteTemp() {
        temp.toFile().delete();
    }
}
