package org.lrsched.cli.io;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import picocli.CommandLine.TypeConversionException;

/**
 * Whole numbers as people write them on a command line: {@code 1000000}, {@code 1_000_000} (Python's and Java's
 * grouping) or {@code 1e6} (as a spec's {@code cycle_length=1e6}), with an optional sign; a decimal point is
 * fine where the value is whole ({@code 2.5e3}). ASCII digits only: Java's parsers take any Unicode digit
 * ({@code Long.parseLong("١٠٠")} is 100), and a number typed in another script would be read as a different text
 * than the one shown.
 */
public final class WholeNumbers {
    /** How to write one, for the messages. */
    private static final String SPELLINGS = "such as 1000000, 1_000_000 or 1e6";

    private static final String DIGITS = "[0-9]+(?:_[0-9]+)*";
    private static final Pattern NUMBER = Pattern.compile("[+-]?" + DIGITS + "(?:\\." + DIGITS + ")?"
            + "(?:[eE][+-]?[0-9]+)?");
    /** The most digits before the point a long has. */
    private static final int LONGEST = 19;
    /** Longer texts are refused unread: BigDecimal takes time that grows faster than a 10 MB number's length. */
    private static final int LONGEST_TEXT = 64;

    private WholeNumbers() {}

    /**
     * The number {@code text} spells.
     *
     * @throws NumberFormatException saying why it is none: not a number, a fraction, or too large
     */
    public static long parse(String text) {
        if (text.length() > LONGEST_TEXT) {
            throw new NumberFormatException("is longer than a number here may be (" + LONGEST_TEXT + " characters)");
        }
        if (!NUMBER.matcher(text).matches()) {
            throw new NumberFormatException("is not a whole number (digits 0-9, " + SPELLINGS + ")");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.replace("_", "")).stripTrailingZeros();
        } catch (NumberFormatException e) {
            throw beyond(); // an exponent past an int: 1e99999999999
        }
        if (value.scale() > 0) {
            String plain = value.toPlainString(); // 1e-3 is shown as what it means, 0.001
            throw new NumberFormatException("is not a whole number" + (plain.equals(text) ? "" : ": it is " + plain));
        }
        // precision - scale is the number of digits before the point: checked before any of them is written out
        if (value.precision() - value.scale() > LONGEST) {
            throw beyond();
        }
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw beyond();
        }
    }

    /**
     * A step: a whole number from 0 to {@code Long.MAX_VALUE}, with ASCII spaces around it allowed; {@code where}
     * says where the text came from (an argument, a line of input).
     */
    public static long step(String text, String where) {
        long step;
        try {
            step = parse(Ascii.strip(text));
        } catch (NumberFormatException e) {
            throw notAStep(text, where);
        }
        if (step < 0) {
            throw notAStep(text, where);
        }
        return step;
    }

    private static CliError notAStep(String text, String where) {
        return new CliError(where + ": '" + Echo.of(text) + "' is not a step (a whole number from 0 to "
                + Long.MAX_VALUE + ", " + SPELLINGS + ")");
    }

    /** picocli's converter for long options: {@code --count 1e6}. */
    public static Long toLong(String text) {
        try {
            return parse(text);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + Echo.of(text) + "' " + e.getMessage());
        }
    }

    /** picocli's converter for int options: {@code --vector-size 32}. */
    public static Integer toInt(String text) {
        long value = toLong(text);
        if (value != (int) value) {
            throw new TypeConversionException("'" + Echo.of(text) + "' is beyond a 32-bit integer");
        }
        return (int) value;
    }

    private static NumberFormatException beyond() {
        return new NumberFormatException("is beyond a 64-bit integer");
    }
}
