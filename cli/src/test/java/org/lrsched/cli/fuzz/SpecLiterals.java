package org.lrsched.cli.fuzz;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A spec's parameters read from its text, text form or JSON alike, without the spec parser: known faults are
 * matched by what the case says, not by the code under test (whose parser may itself be what fails).
 */
final class SpecLiterals {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private SpecLiterals() {}

    /** The first value written for parameter {@code name}: {@code name=value} or {@code "name": value}. */
    static Optional<String> param(String spec, String name) {
        Matcher m = Pattern.compile("\\b" + name + "\"?\\s*[=:]\\s*([^,)}\\s]+)").matcher(spec);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The text inside the brackets of a list parameter, {@code name=[...]} or {@code "name": [...]}. */
    static Optional<String> list(String spec, String name) {
        Matcher m = Pattern.compile("\\b" + name + "\"?\\s*[=:]\\s*\\[([^\\]]*)]").matcher(spec);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** A parameter's value as a double, when it is written as a number. */
    static Optional<Double> number(String spec, String name) {
        return param(spec, name).filter(v -> NUMBER.matcher(v).matches()).map(Double::parseDouble);
    }

    /** Whether some number in the spec is finite and at least {@code magnitude} in absolute value. */
    static boolean hasNumberAtLeast(String spec, double magnitude) {
        Matcher m = NUMBER.matcher(spec);
        while (m.find()) {
            double x = Double.parseDouble(m.group());
            if (Double.isFinite(x) && Math.abs(x) >= magnitude) {
                return true;
            }
        }
        return false;
    }

    /** The deepest nesting of brackets and braces. */
    static int depth(String spec) {
        int depth = 0;
        int deepest = 0;
        for (int i = 0; i < spec.length(); i++) {
            char c = spec.charAt(i);
            if (c == '(' || c == '{' || c == '[') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == ')' || c == '}' || c == ']') {
                depth--;
            }
        }
        return deepest;
    }

    static boolean isJson(String spec) {
        return spec.stripLeading().startsWith("{");
    }
}
