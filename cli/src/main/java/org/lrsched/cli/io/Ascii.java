package org.lrsched.cli.io;

/**
 * Numbers and blanks as JSON and Python source write them: ASCII only. Java's own parsers take any Unicode digit
 * ({@code Long.parseLong("١٠٠")} is 100) and {@link String#strip} any Unicode space, so a step typed in another
 * script, or pasted with an ideographic space, would be read as a different text than the one shown.
 */
public final class Ascii {
    private Ascii() {}

    /** An optional sign and one or more of the digits 0 to 9. */
    public static boolean isInteger(String text) {
        int start = !text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        if (start == text.length()) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

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
