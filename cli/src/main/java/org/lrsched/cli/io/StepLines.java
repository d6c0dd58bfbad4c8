package org.lrsched.cli.io;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of {@code at}'s standard input, each at most {@value #LONGEST} characters: a step has at most 19
 * digits, so a longer line is refused as soon as it is seen, however long it goes on (a 600 MB line once ran the
 * heap out). Lines end as {@link java.io.BufferedReader#readLine} ends them: at "\n", "\r" or "\r\n".
 */
public final class StepLines {
    public static final int LONGEST = 64;

    private final Reader in;
    private final StringBuilder line = new StringBuilder(LONGEST);
    private long number;
    /** The last line ended with '\r': a '\n' right after it ends the same line. */
    private boolean skipNewline;

    /** {@code in} buffered: lines are read a character at a time. */
    public StepLines(Reader in) {
        this.in = in;
    }

    /** Whether a character can be read without waiting for the writer. */
    public boolean ready() {
        try {
            return in.ready();
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** The number of the line {@link #next()} returned last, from 1. */
    public long number() {
        return number;
    }

    /** The next line without its end, or null at the end of the input. */
    public String next() {
        try {
            return read();
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private String read() throws IOException {
        line.setLength(0);
        for (int c = in.read(); ; c = in.read()) {
            if (skipNewline) {
                skipNewline = false;
                if (c == '\n') {
                    continue;
                }
            }
            if (c == -1) {
                return line.length() == 0 ? null : ended();
            }
            if (c == '\n' || c == '\r') {
                skipNewline = c == '\r';
                return ended();
            }
            if (line.length() == LONGEST) {
                throw new CliError("standard input, line " + (number + 1) + ": not a step (a line longer than "
                        + LONGEST + " characters)");
            }
            line.append((char) c);
        }
    }

    private static CliError unreadable(IOException e) {
        return new CliError("cannot read standard input: " + IoMessages.describe(e));
    }

    private String ended() {
        number++;
        return line.toString();
    }
}
