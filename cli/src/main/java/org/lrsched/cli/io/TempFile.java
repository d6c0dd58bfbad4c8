package org.lrsched.cli.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The temporary file a table or image is written to, in the folder of the file it becomes. Its name is short
 * and fixed in length ({@code .lrsched-<16 hex digits>.tmp}), so that any legal name can be written, even one of
 * 255 bytes. When it replaces a file, it gets that file's permissions and, where the system allows, its owner and
 * group, as {@code sed -i} does: a private file stays private.
 */
final class TempFile {
    private static final EnumSet<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private TempFile() {}

    /** A random name beside {@code destination}, created exclusively by {@link #create}. */
    static Path beside(Path destination) {
        return destination.resolveSibling(".lrsched-" + String.format("%016x", ThreadLocalRandom.current().nextLong())
                + ".tmp");
    }

    /**
     * Creates {@code temp} for writing. A new file's permissions follow the umask, as the shell's would; a
     * replacement is created readable by its owner alone, so no one can open it before it has the old file's
     * permissions.
     */
    static FileChannel create(Path temp, Path replaced) throws IOException {
        PosixFileAttributeView old = Files.isRegularFile(replaced)
                ? Files.getFileAttributeView(replaced, PosixFileAttributeView.class)
                : null; // nothing to replace, or not a POSIX file system
        if (old == null) {
            return FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
        FileChannel file = FileChannel.open(temp, EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        try {
            copyAttributes(old.readAttributes(), Files.getFileAttributeView(temp, PosixFileAttributeView.class));
        } catch (IOException | RuntimeException e) {
            file.close();
            Files.delete(temp);
            throw e;
        }
        return file;
    }

    private static void copyAttributes(PosixFileAttributes old, PosixFileAttributeView temp) throws IOException {
        temp.setPermissions(old.permissions());
        try {
            temp.setGroup(old.group());
        } catch (IOException e) {
            // allowed only for a group one belongs to: the file keeps one's own group, as a new file would
        }
        try {
            temp.setOwner(old.owner());
        } catch (IOException e) {
            // allowed only to root: the file is one's own, as after sed -i
        }
    }
}
