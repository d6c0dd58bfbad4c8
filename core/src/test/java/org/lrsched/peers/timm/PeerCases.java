package org.lrsched.peers.timm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongToDoubleFunction;
import org.lrsched.Schedule;

/**
 * The timm cases in test resources, and how one is checked: values within its tolerance (0, 0: the same bits),
 * a Python-style predicate over {@code at(t)} and {@code at2(t)}, or a construction that fails naming a parameter.
 */
final class PeerCases {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PeerCases() {}

    static JsonNode read(String resource) {
        try (InputStream in = PeerCases.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    /** Checks one case of our mapping (cases.json's format); returns a line saying what was checked. */
    static String check(JsonNode c) {
        String kind = c.get("kind").asText();
        String spec = c.get("spec").asText();
        switch (kind) {
            case "values":
                return checkValues(c, Schedule.parse(spec));
            case "predicate": {
                Schedule s = Schedule.parse(spec);
                Schedule s2 = c.hasNonNull("spec2") ? Schedule.parse(c.get("spec2").asText()) : null;
                String predicate = c.get("predicate").asText();
                boolean holds = new Predicate(predicate, s::at, s2 == null ? null : s2::at).evaluate();
                assertThat(holds).as("%s: %s on %s", c.get("test").asText(), predicate, spec).isTrue();
                return "predicate " + predicate;
            }
            case "raises": {
                if (c.hasNonNull("raise_steps")) {
                    Schedule s = Schedule.parse(spec);
                    for (JsonNode step : c.get("raise_steps")) {
                        assertThatThrownBy(() -> s.at(step.asLong())).isInstanceOf(ArithmeticException.class);
                    }
                    return "raises at steps";
                }
                String param = c.get("param").asText();
                assertThatThrownBy(() -> Schedule.parse(spec)).as("%s", spec)
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(param);
                return "raises naming " + param;
            }
            default:
                throw new AssertionError("unknown case kind " + kind + " in " + c);
        }
    }

    private static String checkValues(JsonNode c, Schedule s) {
        double atol = c.get("atol").asDouble();
        double rtol = c.get("rtol").asDouble();
        JsonNode steps = c.get("steps");
        JsonNode expected = c.get("expected");
        assertThat(expected.size()).isEqualTo(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            long step = steps.get(i).asLong();
            assertThat(steps.get(i).canConvertToLong()).isTrue();
            JsonNode e = expected.get(i);
            String what = c.get("test").asText() + " at " + step + " of " + c.get("spec").asText();
            if (e.isNull()) {
                assertThatThrownBy(() -> s.at(step)).as(what).isInstanceOf(ArithmeticException.class);
                continue;
            }
            double want = e.asDouble();
            double got = s.at(step);
            if (atol == 0 && rtol == 0) {
                assertThat(Double.doubleToRawLongBits(got)).as("%s: %s bit for bit, got %s", what, want, got)
                        .isEqualTo(Double.doubleToRawLongBits(want));
            } else {
                assertThat(Math.abs(got - want)).as("%s: %s within %s + %s * |expected|, got %s", what, want, atol,
                        rtol, got).isLessThanOrEqualTo(atol + rtol * Math.abs(want));
            }
        }
        return "values at " + atol + " + " + rtol + " x |expected|";
    }

    /**
     * The predicates the cases use: comparisons of sums and products of numbers, {@code t}, {@code at(..)} and
     * {@code at2(..)}, optionally inside {@code all(<comparison> for t in range(a, b))}. Anything else fails loudly.
     */
    static final class Predicate {
        private final String text;
        private final LongToDoubleFunction at;
        private final LongToDoubleFunction at2;
        private int pos;
        private long t;

        Predicate(String text, LongToDoubleFunction at, LongToDoubleFunction at2) {
            this.text = text.replace(" ", "");
            this.at = at;
            this.at2 = at2;
        }

        boolean evaluate() {
            if (text.startsWith("all(")) {
                int forAt = text.lastIndexOf("fortinrange(");
                String range = text.substring(forAt + "fortinrange(".length(), text.length() - 2);
                String[] bounds = range.split(",");
                String body = text.substring(4, forAt);
                for (long i = Long.parseLong(bounds[0]); i < Long.parseLong(bounds[1]); i++) {
                    Predicate p = new Predicate(body, at, at2);
                    p.t = i;
                    if (!p.comparison()) {
                        return false;
                    }
                }
                return true;
            }
            return comparison();
        }

        private boolean comparison() {
            pos = 0;
            double left = sum();
            String op = text.substring(pos).replaceAll("^(<=|>=|!=|==|<|>).*", "$1");
            pos += op.length();
            double right = sum();
            if (pos != text.length()) {
                throw new AssertionError("cannot read predicate " + text + " at " + pos);
            }
            switch (op) {
                case "<": return left < right;
                case "<=": return left <= right;
                case ">": return left > right;
                case ">=": return left >= right;
                case "==": return left == right;
                case "!=": return left != right;
                default: throw new AssertionError("no comparison in predicate " + text);
            }
        }

        private double sum() {
            double v = product();
            while (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                char op = text.charAt(pos++);
                double w = product();
                v = op == '+' ? v + w : v - w;
            }
            return v;
        }

        private double product() {
            double v = atom();
            while (pos < text.length() && (text.charAt(pos) == '*' || text.charAt(pos) == '/')) {
                char op = text.charAt(pos++);
                double w = atom();
                v = op == '*' ? v * w : v / w;
            }
            return v;
        }

        private double atom() {
            if (text.startsWith("at2(", pos) || text.startsWith("at(", pos)) {
                boolean second = text.startsWith("at2(", pos);
                pos += second ? 4 : 3;
                long step = (long) sum();
                expect(')');
                LongToDoubleFunction f = second ? at2 : at;
                if (f == null) {
                    throw new AssertionError("predicate " + text + " needs spec2");
                }
                return f.applyAsDouble(step);
            }
            if (text.charAt(pos) == 't') {
                pos++;
                return t;
            }
            int start = pos;
            while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.'
                    || text.charAt(pos) == 'e' || (text.charAt(pos) == '-' && text.charAt(pos - 1) == 'e'))) {
                pos++;
            }
            if (start == pos) {
                throw new AssertionError("cannot read predicate " + text + " at " + pos);
            }
            return Double.parseDouble(text.substring(start, pos));
        }

        private void expect(char c) {
            if (pos >= text.length() || text.charAt(pos) != c) {
                throw new AssertionError("expected " + c + " in predicate " + text + " at " + pos);
            }
            pos++;
        }
    }
}
