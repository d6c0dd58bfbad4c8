package org.lrsched.cli.io;

/**
 * User input quoted in a message, cut to its head: a 10 MB name in a spec makes a short error line, not a 10 MB
 * one, and the length still tells what was given.
 */
public final class Echo {
    /** Enough to recognise a value; a valid name or number is shorter. */
    public static final int HEAD = 60;

    private Echo() {}

    /** {@code text} itself, or its first {@link #HEAD} characters and its length. */
    public static String of(String text) {
        return cut(text, HEAD);
    }

    /** {@code text} itself, or about its first {@code head} characters followed by "... (N chars)". */
    public static String cut(String text, int head) {
        if (text.length() <= head) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(head - 1)) ? head - 1 : head; // never half a character
        return text.substring(0, end) + "... (" + text.length() + " chars)";
    }
}
