package org.lrsched.cli.io;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;

/**
 * The streams a command reads and writes: the process's own, or captured ones in tests. {@code out} is a byte
 * stream because tables may be binary.
 */
public record StandardStreams(InputStream in, OutputStream out, PrintWriter err) {

    /** The process's streams; standard output unbuffered, since the table writers buffer in large chunks. */
    public static StandardStreams system() {
        return new StandardStreams(System.in, new FileOutputStream(FileDescriptor.out),
                new PrintWriter(System.err, true));
    }
}
