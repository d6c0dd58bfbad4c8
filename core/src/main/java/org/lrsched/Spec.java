package org.lrsched;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A schedule's type name and parameters, in declaration order: the tree behind both spellings of the spec
 * language (text and JSON). Immutable.
 *
 * <p>Parameter values are {@link Long} (integers), {@link Double} (real numbers), {@link Boolean}, {@link String}
 * (a mode name, or a preset where a schedule goes), {@link Spec} (a nested schedule or shape), an unmodifiable
 * {@link List} of those, or an unmodifiable {@link Map} from whole steps ({@link Long}) to values, in the order
 * written ({@code {100: 0.5, 200: 0.1}}).
 */
public final class Spec {
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

    private final String type;
    private final Map<String, Object> params;

    /**
     * A spec of {@code type} with {@code params}, copied in their iteration order; {@link #of} builds one from
     * any Java number.
     *
     * @param type the schedule type's name, e.g. {@code cosine}
     * @param params the parameters by name, values of the kinds listed above; none {@code null}
     */
    public Spec(String type, Map<String, Object> params) {
        this.type = Objects.requireNonNull(type, "type");
        Map<String, Object> copy = new LinkedHashMap<>();
        params.forEach((name, value) -> copy.put(name, immutable(value)));
        this.params = Collections.unmodifiableMap(copy);
    }

    private static Object immutable(Object value) {
        Objects.requireNonNull(value, "a parameter value");
        if (value instanceof Map<?, ?> map) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(map));
        }
        return value instanceof List<?> list ? List.copyOf(list) : value;
    }

    /**
     * A builder of a spec of {@code type}.
     *
     * <pre>{@code
     * Schedule cosine = ScheduleTypes.build(Spec.of("cosine").put("min_lr", 0).put("max_lr", 0.1)
     *         .put("cycle_length", 10_000).build());
     * }</pre>
     *
     * @param type the schedule type's name
     * @return an empty builder
     */
    public static Builder of(String type) {
        return new Builder(type);
    }

    /**
     * The schedule type's name.
     *
     * @return the name, e.g. {@code cyclical}
     */
    public String type() {
        return type;
    }

    /**
     * The parameters, in declaration order.
     *
     * @return an unmodifiable map from parameter name to value
     */
    public Map<String, Object> params() {
        return params;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Spec s && type.equals(s.type) && params.equals(s.params);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + params.hashCode();
    }

    /** The text form: {@code type(name=value, ...)}, which the text reader reads back to an equal spec. */
    @Override
    public String toString() {
        return type + "(" + params.entrySet().stream().map(e -> e.getKey() + "=" + print(e.getValue()))
                .collect(Collectors.joining(", ")) + ")";
    }

    /**
     * One value as the text form writes it.
     *
     * @param value a parameter value
     * @return its text: {@code True}/{@code False}, a word or a quoted string, {@code [...]}, {@code {...}}, a number
     */
    public static String print(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(Spec::print).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + ": " + print(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof String s) {
            return WORD.matcher(s).matches() && !s.equals("None") && !s.equals("True") && !s.equals("False")
                    ? s : quoted(s);
        }
        return String.valueOf(value);
    }

    private static String quoted(String s) {
        return s.indexOf('"') < 0 ? "\"" + s + "\"" : "'" + s + "'";
    }

    /** Collects parameters in order; a {@code null} value (an absent optional parameter) is left out. */
    public static final class Builder {
        private final String type;
        private final Map<String, Object> params = new LinkedHashMap<>();

        private Builder(String type) {
            this.type = type;
        }

        /**
         * Adds a parameter. A Java {@code Integer}, {@code Short}, {@code Byte}, {@code BigInteger} or integral
         * {@code BigDecimal} is an integer (a {@link Long}) when it fits; a {@code Float} or other
         * {@code BigDecimal} a real number (a {@link Double}) when it is one exactly.
         *
         * @param name the parameter's name
         * @param value its value; {@code null} leaves the parameter out
         * @return this builder
         * @throws IllegalArgumentException for a number that does not fit, or a value of no spec type
         */
        public Builder put(String name, Object value) {
            if (value != null) {
                params.put(name, SpecValues.normal(name, value));
            }
            return this;
        }

        /**
         * The spec of the parameters put so far.
         *
         * @return the spec
         */
        public Spec build() {
            return new Spec(type, params);
        }
    }
}
