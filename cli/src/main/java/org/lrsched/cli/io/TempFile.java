package org.lrsched.cli.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32;

/**
 * The temporary file a table or image is written to, in the folder of the file it becomes. Its name is short
 * and fixed in length ({@code .lrsched-<16 hex digits>.tmp}), so that any legal name can be written, even one of
 * 255 bytes: 8 digits from the name of the file it becomes (so the next write of that file finds the ones a killed
 * run left, {@link StaleTemps}), then 8 random ones. When it replaces a file, it gets that file's permissions
 * and, where the system allows, its owner and group, as {@code sed -i} does: a private file stays private.
 */
final class TempFile {
    private static final EnumSet<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    private static final String SUFFIX = ".tmp";

    private TempFile() {}

    /** A new name beside {@code destination}, created exclusively by {@link #create}. */
    static Path beside(Path destination) {
        return destination.resolveSibling(prefix(destination)
                + String.format("%08x", ThreadLocalRandom.current().nextInt()) + SUFFIX);
    }

    /** Whether {@code file} is named as a temporary file of {@code destination}'s. */
    static boolean isFor(Path destination, Path file) {
        String name = file.getFileName().toString();
        String prefix = prefix(destination);
        return name.length() == prefix.length() + 8 + SUFFIX.length() && name.startsWith(prefix)
                && name.endsWith(SUFFIX);
    }

    /** The part of the name that every temporary file of {@code destination} shares. */
    private static String prefix(Path destination) {
        CRC32 name = new CRC32();
        name.update(destination.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        return String.format(".lrsched-%08x", name.getValue());
    }

    /**
     * Creates {@code temp} for writing, locked for as long as it is open: the lock tells a later write that its
     * writer is alive ({@link StaleTemps}). A new file's permissions follow the umask, as the shell's would; a
     * replacement is created readable by its owner alone, so no one can open it before it has the old file's
     * permissions.
     */
    static FileChannel create(Path temp, Path replaced) throws IOException {
        FileChannel file = open(temp, replaced);
        try {
            file.tryLock();
        } catch (IOException e) {
            // a file system without locks: StaleTemps cannot lock the file either, so never takes it for stale
        }
        return file;
    }

    private static FileChannel open(Path temp, Path replaced) throws IOException {
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
