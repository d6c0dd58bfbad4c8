package org.lrsched.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A schedule's type name and parameters, in declaration order: the tree behind both spellings of the spec
 * language (text and JSON).
 *
 * <p>Parameter values are {@link Long} (integers), {@link Double} (real numbers), {@link String} (a mode name),
 * {@link Spec} (a nested schedule or shape) or a {@code List<Long>} (a list of steps).
 */
public final class Spec {
    private final String type;
    private final Map<String, Object> params;

    public Spec(String type, Map<String, Object> params) {
        this.type = Objects.requireNonNull(type, "type");
        this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public static Builder of(String type) {
        return new Builder(type);
    }

    public String type() {
        return type;
    }

    public Map<String, Object> params() {
        return params;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Spec && type.equals(((Spec) o).type) && params.equals(((Spec) o).params);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + params.hashCode();
    }

    @Override
    public String toString() {
        return SpecText.print(this);
    }

    /** Collects parameters in order; a {@code null} value (an absent optional parameter) is left out. */
    public static final class Builder {
        private final String type;
        private final Map<String, Object> params = new LinkedHashMap<>();

        private Builder(String type) {
            this.type = type;
        }

        public Builder put(String name, Object value) {
            if (value != null) {
                params.put(name, value instanceof List ? List.copyOf((List<?>) value) : value);
            }
            return this;
        }

        public Spec build() {
            return new Spec(type, params);
        }
    }
}
