package org.lrsched.cli.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's errors for malformed JSON, said in the user's terms and placed at a line and column. Jackson's own
 * wording names its features and Java types ({@code enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to
 * allow}): advice for a programmer, which a user of the command cannot follow.
 */
final class JsonErrors {
    /** Jackson's positions inside its messages, e.g. where an unclosed object started. */
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;\\]]*; (line: \\d+(?:, column: \\d+)?)]");
    private static final Pattern START = Pattern.compile("close marker for (Object|Array) \\(start marker at line: "
            + "(\\d+), column: (\\d+)\\)");
    private static final Pattern NON_NUMBER = Pattern.compile("Non-standard token '([^']*)'");
    /** Advice about Jackson's switches, and Java type names in backquotes. */
    private static final Pattern JACKSON_TERMS = Pattern.compile(": enable `[^`]*` to allow| \\(bound as `[^`]*`\\)");

    private JsonErrors() {}

    /** "line L, column C: what is wrong" for {@code e}, thrown by {@code parser}. */
    static String describe(JsonProcessingException e, JsonParser parser, StreamReadConstraints limits) {
        if (e instanceof StreamConstraintsException) {
            return where(parser.currentLocation(), e) + ": " + beyondLimit(e.getOriginalMessage(), limits);
        }
        return where(e.getLocation(), e) + ": " + reworded(e);
    }

    /**
     * A limit gives no location of its own; the parser has stopped just past the value. For nesting that is the
     * '{' or '[' one level too deep, the one character before.
     */
    private static String where(JsonLocation at, JsonProcessingException e) {
        if (at == null) {
            return "at the end";
        }
        boolean opened = e instanceof StreamConstraintsException && e.getOriginalMessage().contains("nesting depth");
        return "line " + at.getLineNr() + ", column " + (opened ? at.getColumnNr() - 1 : at.getColumnNr());
    }

    private static String beyondLimit(String message, StreamReadConstraints limits) {
        if (message.contains("nesting depth")) {
            return "nested deeper than " + limits.getMaxNestingDepth() + " levels";
        }
        if (message.startsWith("Number value length")) {
            return "a number longer than " + limits.getMaxNumberLength() + " characters";
        }
        if (message.startsWith("String value length")) {
            return "a string longer than " + limits.getMaxStringLength() + " characters";
        }
        if (message.startsWith("Name length")) {
            return "a field name longer than " + limits.getMaxNameLength() + " characters";
        }
        return plain(message);
    }

    private static String reworded(JsonProcessingException e) {
        String message = plain(e.getOriginalMessage());
        if (e instanceof MismatchedInputException && message.startsWith("Trailing token")) {
            return "more JSON after the end of the spec's object";
        }
        if (e instanceof JsonEOFException) {
            Matcher start = START.matcher(message);
            return "the text ends before the spec does" + (start.find() ? ": the " + (start.group(1).equals("Object")
                    ? "object" : "list") + " at line " + start.group(2) + ", column " + start.group(3)
                    + " is not closed" : "");
        }
        Matcher nonNumber = NON_NUMBER.matcher(message);
        if (nonNumber.find()) {
            return nonNumber.group(1) + " is not JSON, and every parameter is a finite number; leave the parameter out"
                    + " for its default";
        }
        if (message.contains("ALLOW_COMMENTS")) {
            return "JSON has no comments";
        }
        return message.replace("JSON spec does not allow", "JSON does not allow");
    }

    /** Without Jackson's switches, type names and source descriptions. */
    private static String plain(String message) {
        return JACKSON_TERMS.matcher(SOURCE.matcher(message).replaceAll("$1")).replaceAll("");
    }
}
