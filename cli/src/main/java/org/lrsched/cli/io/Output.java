package org.lrsched.cli.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Where a command's bytes go: standard output, or a file that appears only when complete. A file is written
 * under a temporary name in its own directory, forced to disk and renamed into place by {@link #commit()};
 * closing without a commit, or the JVM shutting down first (Ctrl-C, SIGTERM), removes the temporary file, so no
 * partial table is left. A device or a pipe ({@code /dev/null}, a FIFO) is written in place: renaming over it
 * would replace it with a plain file. A replaced file keeps its permissions ({@link TempFile}), but it is a new
 * file under the old name: other hard links to the old one keep the old content, as after {@code sed -i}. Text
 * goes through {@link #stream()}, binary tables through {@link #channel()}.
 */
public final class Output implements Closeable {
    private final OutputStream stream;
    private final WritableByteChannel channel;
    private final FileChannel file; // null: standard output, which is not ours to close
    private final Path temp; // null: written in place
    private final Path target;
    private final Thread removeTemp;
    private boolean committed;

    private Output(FileChannel file, OutputStream stream, WritableByteChannel channel, Path temp, Path target,
            Thread removeTemp) {
        this.file = file;
        this.stream = stream;
        this.channel = channel;
        this.temp = temp;
        this.target = target;
        this.removeTemp = removeTemp;
    }

    public static Output standard(OutputStream out) {
        return new Output(null, out, Channels.newChannel(out), null, null, null);
    }

    /**
     * The file {@code given}; temporary files of it that killed runs left are removed first, and said so on
     * {@code err}.
     */
    public static Output file(Path given, PrintWriter err) throws IOException {
        // through symbolic links: the file they name is written and the links kept, even where it is still missing
        Path target = LinkTarget.of(given);
        if (Files.isDirectory(target)) {
            throw new IOException("is a directory");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            FileChannel device = FileChannel.open(target, StandardOpenOption.WRITE);
            return new Output(device, Channels.newOutputStream(device), device, null, target, null);
        }
        Path destination = target.toAbsolutePath();
        Path temp = TempFile.beside(destination);
        // the hook is in place before the file exists: no signal can leave it behind
        Thread removeTemp = new Thread(() -> temp.toFile().delete());
        Runtime.getRuntime().addShutdownHook(removeTemp);
        try {
            FileChannel file = TempFile.create(temp, destination);
            StaleTemps.remove(destination, temp, err);
            return new Output(file, Channels.newOutputStream(file), file, temp, destination, removeTemp);
        } catch (IOException | RuntimeException e) {
            Runtime.getRuntime().removeShutdownHook(removeTemp);
            throw e;
        }
    }

    public OutputStream stream() {
        return stream;
    }

    public WritableByteChannel channel() {
        return channel;
    }

    /** The output is complete: flush it, or force the file to disk and move it into place. */
    public void commit() throws IOException {
        stream.flush();
        if (temp != null) {
            file.force(true); // a crash after the rename must not leave an empty or partial file under the name
            stream.close();
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            Runtime.getRuntime().removeShutdownHook(removeTemp);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (file == null) {
            return;
        }
        try {
            stream.close();
        } finally {
            if (temp != null && !committed) {
                Files.deleteIfExists(temp);
                Runtime.getRuntime().removeShutdownHook(removeTemp);
            }
        }
    }
}
