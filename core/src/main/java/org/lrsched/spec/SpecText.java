package org.lrsched.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lrsched.Spec;
import org.lrsched.internal.Echo;

/**
 * The text spelling of the spec language: {@code type(name=value, ...)}, where a type name may be dotted
 * ({@code torch.StepLR}) and a value is a number, a nested {@code type(...)}, a list {@code [1, 2]} or
 * {@code [cosine(...), sgdr]}, a map of whole steps {@code {100: 0.5, 200: 0.1}}, {@code True} or {@code False},
 * {@code None} (leave the parameter out), or a word (a mode, a preset; quoted where it is not a plain name). Integers without a decimal point or exponent stay
 * integers; every other number is a double. ASCII only, as in Python source and JSON.
 */
public final class SpecText {
    /** Deeper nesting than any real schedule, shallow enough for every reader and builder's stack. */
    public static final int MAX_DEPTH = 100;
    private static final Object NONE = new Object();

    private final String text;
    private int pos;
    private int depth;

    private SpecText(String text) {
        this.text = text;
    }

    /**
     * Reads one spec in the text form.
     *
     * @param text e.g. {@code cosine(min_lr=0, max_lr=0.1, cycle_length=1000)}
     * @return the spec
     * @throws SpecException naming the column where the text is wrong and what was expected there
     */
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

    private Spec spec() {
        int at = pos;
        String type = identifier("a schedule type name");
        skipSpace();
        expect('(', "'(' after the type name " + Echo.of(type));
        return specBody(type, at);
    }

    private Spec specBody(String type, int at) {
        enter();
        Map<String, Object> params = new LinkedHashMap<>();
        skipSpace();
        if (peek() == ')') {
            pos++;
            depth--;
            return new Spec(type, params);
        }
        while (true) {
            skipSpace();
            int nameAt = pos;
            String name = identifier("a parameter name");
            skipSpace();
            expect('=', "'=' after the parameter name " + Echo.of(name));
            skipSpace();
            Object value = value();
            if (params.containsKey(name)) {
                pos = nameAt;
                throw error("parameter " + Echo.of(name) + " is given twice in " + Echo.of(type));
            }
            params.put(name, value);
            skipSpace();
            char c = peek();
            pos++;
            if (c == ')') {
                depth--;
                params.values().removeIf(v -> v == NONE); // Python's None: the optional parameter is left out
                return new Spec(type, params);
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or ')' in the parameters of " + Echo.of(type) + " (opened at column "
                        + (at + 1) + ")");
            }
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    private Object value() {
        char c = peek();
        if (c == '[') {
            return list();
        }
        if (c == '{') {
            return map();
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
        if (isLetter(c) || c == '_') {
            return word();
        }
        return number();
    }

    private List<Object> list() {
        enter();
        pos++;
        List<Object> list = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            pos++;
            depth--;
            return list;
        }
        while (true) {
            skipSpace();
            if (peek() == '[') {
                throw error("a list cannot hold a list");
            }
            Object item = value();
            if (item == NONE) {
                throw error("a list cannot hold None");
            }
            list.add(item);
            skipSpace();
            char d = peek();
            pos++;
            if (d == ']') {
                depth--;
                return list;
            }
            if (d != ',') {
                pos--;
                throw error("expected ',' or ']' in a list");
            }
        }
    }

    /** {@code {step: value, ...}}: whole steps, each once, in the order written. */
    private Map<Long, Object> map() {
        enter();
        pos++;
        Map<Long, Object> map = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            pos++;
            depth--;
            return map;
        }
        while (true) {
            skipSpace();
            int keyAt = pos;
            if (!(number() instanceof Long step)) {
                pos = keyAt;
                throw error("a map's keys are whole steps");
            }
            skipSpace();
            expect(':', "':' after the step " + step);
            skipSpace();
            Object value = value();
            if (value == NONE || value instanceof List || value instanceof Map) {
                pos = keyAt;
                throw error("a map's values are numbers, words or schedules");
            }
            if (map.put(step, value) != null) {
                pos = keyAt;
                throw error("step " + step + " is given twice in a map");
            }
            skipSpace();
            char d = peek();
            pos++;
            if (d == '}') {
                depth--;
                return map;
            }
            if (d != ',') {
                pos--;
                throw error("expected ',' or '}' in a map");
            }
        }
    }

    /** A word: a nested spec when '(' follows, else a constant, a mode or a preset name. */
    private Object word() {
        int at = pos;
        String word = identifier("a value");
        switch (word) {
            case "inf":
            case "Infinity":
                return Double.POSITIVE_INFINITY; // read, so that the error is the parameter's, not the syntax's
            case "nan":
            case "NaN":
                return Double.NaN;
            case "None":
                return NONE;
            case "True":
            case "true":
                return Boolean.TRUE;
            case "False":
            case "false":
                return Boolean.FALSE;
            default:
                break;
        }
        skipSpace();
        if (peek() == '(') {
            pos++;
            return specBody(word, at);
        }
        return word;
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
            if (c >= '0' && c <= '9') {
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
                    ? "expected a number, a schedule, a list or a word"
                    : "'" + Echo.of(literal) + "' is not a number" + (integral ? " that fits in 64 bits" : ""));
        }
    }

    private String identifier(String what) {
        int start = pos;
        while (pos < text.length() && (isLetter(text.charAt(pos)) || isDigit(text.charAt(pos))
                || text.charAt(pos) == '_' || text.charAt(pos) == '.')) {
            pos++;
        }
        if (start == pos || isDigit(text.charAt(start)) || text.charAt(start) == '.') {
            pos = start;
            throw error("expected " + what);
        }
        return text.substring(start, pos);
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
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
        while (pos < text.length() && " \t\n\r\f".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private SpecException error(String message) {
        String found = pos < text.length() ? "'" + text.charAt(pos) + "'" : "the end of the text";
        return new SpecException("spec text, column " + (pos + 1) + ": " + message + ", found " + found);
    }
}
