package org.lrsched.internal;

/** User input quoted back in a message, cut short: a message stays one readable line whatever was typed. */
public final class Echo {
    private static final int MAX = 60;

    private Echo() {}

    public static String of(Object value) {
        String text = String.valueOf(value);
        if (text.length() <= MAX) {
            return text;
        }
        return text.substring(0, MAX) + "... (" + text.length() + " chars)";
    }
}
