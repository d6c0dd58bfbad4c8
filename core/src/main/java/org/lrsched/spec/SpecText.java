package org.lrsched.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The text spelling of the spec language: {@code type(name=value, ...)}, where a value is a number, a nested
 * {@code type(...)}, a list {@code [1, 2]} or a mode name ({@code linear}, or quoted). Integers without a
 * decimal point or exponent stay integers; every other number is a double.
 */
public final class SpecText {
    private static final Object NONE = new Object();

    private final String text;
    private int pos;

    private SpecText(String text) {
        this.text = text;
    }

    /** Reads one spec; any error names its column and what was expected there. */
    public static Spec parse(String text) {
        SpecText parser = new SpecText(text);
        parser.skipSpace();
        Spec spec = parser.spec();
        parser.skipSpace();
        if (parser.pos < text.length()) {
            throw parser.error("unexpected '" + text.charAt(parser.pos) + "' after the end of the spec");
        }
        return spec;
    }

    public static String print(Spec spec) {
        return spec.type() + "(" + spec.params().entrySet().stream()
                .map(e -> e.getKey() + "=" + printValue(e.getValue()))
                .collect(Collectors.joining(", ")) + ")";
    }

    static String printValue(Object value) {
        if (value instanceof Spec) {
            return print((Spec) value);
        }
        if (value instanceof List) {
            return ((List<?>) value).stream().map(SpecText::printValue).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(value);
    }

    private Spec spec() {
        int at = pos;
        String type = identifier("a schedule type name");
        skipSpace();
        expect('(', "'(' after the type name " + type);
        return specBody(type, at);
    }

    private Spec specBody(String type, int at) {
        Map<String, Object> params = new LinkedHashMap<>();
        skipSpace();
        if (peek() == ')') {
            pos++;
            return new Spec(type, params);
        }
        while (true) {
            skipSpace();
            int nameAt = pos;
            String name = identifier("a parameter name");
            skipSpace();
            expect('=', "'=' after the parameter name " + name);
            skipSpace();
            Object value = value();
            if (value == NONE) { // Python's None: the optional parameter is left out
                value = null;
            }
            if (value != null ? params.put(name, value) != null : params.containsKey(name)) {
                pos = nameAt;
                throw error("parameter " + name + " is given twice in " + type);
            }
            skipSpace();
            char c = peek();
            pos++;
            if (c == ')') {
                return new Spec(type, params);
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or ')' in the parameters of " + type + " (opened at column " + (at + 1) + ")");
            }
        }
    }

    private Object value() {
        char c = peek();
        if (c == '[') {
            pos++;
            List<Object> list = new ArrayList<>();
            skipSpace();
            if (peek() == ']') {
                pos++;
                return list;
            }
            while (true) {
                skipSpace();
                list.add(number());
                skipSpace();
                char d = peek();
                pos++;
                if (d == ']') {
                    return list;
                }
                if (d != ',') {
                    pos--;
                    throw error("expected ',' or ']' in a list of steps");
                }
            }
        }
        if (c == '\'' || c == '"') {
            int end = text.indexOf(c, pos + 1);
            if (end < 0) {
                throw error("unterminated string");
            }
            String s = text.substring(pos + 1, end);
            pos = end + 1;
            return s;
        }
        if (Character.isLetter(c) || c == '_') {
            int at = pos;
            String word = identifier("a value");
            if (word.equals("inf") || word.equals("Infinity")) {
                return Double.POSITIVE_INFINITY; // read, so that the error is the parameter's, not the syntax's
            }
            if (word.equals("nan") || word.equals("NaN")) {
                return Double.NaN;
            }
            if (word.equals("None")) {
                return NONE;
            }
            skipSpace();
            if (peek() == '(') {
                pos++;
                return specBody(word, at);
            }
            return word;
        }
        return number();
    }

    private Object number() {
        int start = pos;
        if (peek() == '-' || peek() == '+') {
            pos++;
        }
        if (text.startsWith("Infinity", pos) || text.startsWith("inf", pos)) {
            pos += text.startsWith("Infinity", pos) ? 8 : 3;
            return text.charAt(start) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        boolean integral = true;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isDigit(c)) {
                pos++;
            } else if (c == '.' || c == 'e' || c == 'E') {
                integral = false;
                pos++;
                if ((c == 'e' || c == 'E') && (peek() == '-' || peek() == '+')) {
                    pos++;
                }
            } else {
                break;
            }
        }
        String literal = text.substring(start, pos);
        try {
            return integral ? (Object) Long.parseLong(literal) : (Object) Double.parseDouble(literal);
        } catch (NumberFormatException e) {
            pos = start;
            throw error(literal.isEmpty() || literal.equals("-") || literal.equals("+")
                    ? "expected a number, a schedule, a list or a mode name"
                    : "'" + literal + "' is not a number" + (integral ? " that fits in 64 bits" : ""));
        }
    }

    private String identifier(String what) {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        if (start == pos || Character.isDigit(text.charAt(start))) {
            pos = start;
            throw error("expected " + what);
        }
        return text.substring(start, pos);
    }

    private void expect(char c, String what) {
        if (peek() != c) {
            throw error("expected " + what);
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private SpecException error(String message) {
        String found = pos < text.length() ? "'" + text.charAt(pos) + "'" : "the end of the text";
        return new SpecException("spec text, column " + (pos + 1) + ": " + message + ", found " + found);
    }
}
