package org.lrsched.cli.io;

/**
 * Blanks as JSON and Python source write them: ASCII only. {@link String#strip} takes any Unicode space, so a
 * step pasted with an ideographic space would be read as a different text than the one shown.
 */
public final class Ascii {
    private Ascii() {}

    /** Without leading and trailing spaces, tabs, line and page breaks. */
    public static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b';
    }
}
