package org.lrsched.cli.io;

import picocli.CommandLine.TypeConversionException;

/** The command line's whole numbers ({@code --from}, {@code --count}, ...): ASCII digits only, see {@link Ascii}. */
public final class WholeNumberOption {
    private WholeNumberOption() {}

    public static Long toLong(String text) {
        if (!Ascii.isInteger(text)) {
            throw new TypeConversionException("'" + Echo.of(text) + "' is not a whole number (digits 0-9)");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + Echo.of(text) + "' is beyond a 64-bit integer");
        }
    }

    public static Integer toInt(String text) {
        long value = toLong(text);
        if (value != (int) value) {
            throw new TypeConversionException("'" + text + "' is beyond a 32-bit integer");
        }
        return (int) value;
    }
}
