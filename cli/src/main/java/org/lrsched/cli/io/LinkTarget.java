package org.lrsched.cli.io;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file a path names once its symbolic links are followed, link by link: unlike {@link Path#toRealPath}, it
 * also resolves a link whose target does not exist yet, which is where a new file must be written, as the
 * shell's {@code >} writes it.
 */
final class LinkTarget {
    /** Linux's own limit (MAXSYMLINKS): a loop of links stops here. */
    private static final int MAX_LINKS = 40;

    private LinkTarget() {}

    static Path of(Path path) throws IOException {
        Path p = path;
        for (int links = 0; Files.isSymbolicLink(p); links++) {
            if (links == MAX_LINKS) {
                throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
            }
            Path target = Files.readSymbolicLink(p);
            Path folder = p.toAbsolutePath().getParent(); // a relative target is relative to the link's folder
            p = folder == null ? target : folder.resolve(target);
        }
        return p;
    }
}
