package org.lrsched.spec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.lrsched.Schedule;
import org.lrsched.Spec;

/** The kinds of value every schedule type uses; types with values of their own declare their own kinds. */
public final class Kinds {
    private Kinds() {}

    /** A real number (an integer is read as the float Python would convert it to); always finite. */
    public static final Kind<Double> REAL = new Kind<>() {
        @Override
        public String describe() {
            return "a number";
        }

        @Override
        public Double read(Object value, Reading at) {
            if (value instanceof Long l) {
                return (double) l;
            }
            if (value instanceof Double d) {
                return d;
            }
            throw at.wrong(describe(), value);
        }

        @Override
        public Object write(Double value) {
            return value;
        }

        @Override
        public String invalid(Double value) {
            return Double.isFinite(value) ? null : "must be a finite number";
        }
    };

    /**
     * A number that keeps how it was written: a {@link Long} for an integer, a {@link Double} otherwise, where
     * the reference's arithmetic differs between Python's int and float (an int power multiplies, a float one
     * calls pow). Always finite.
     */
    public static final Kind<Number> NUMBER = new Kind<>() {
        @Override
        public String describe() {
            return "a number (an integer is kept as one)";
        }

        @Override
        public Number read(Object value, Reading at) {
            if (value instanceof Long || value instanceof Double) {
                return (Number) value;
            }
            throw at.wrong(describe(), value);
        }

        @Override
        public Object write(Number value) {
            return value instanceof Long ? value : (Object) value.doubleValue();
        }

        @Override
        public String invalid(Number value) {
            return Double.isFinite(value.doubleValue()) ? null : "must be a finite number";
        }
    };

    /** An integer; a real number written with a zero fraction ({@code 250.0}) is read as that integer. */
    public static final Kind<Long> INTEGER = new Kind<>() {
        @Override
        public String describe() {
            return "an integer";
        }

        @Override
        public Long read(Object value, Reading at) {
            Long whole = whole(value);
            if (whole == null) {
                throw at.wrong(describe(), value);
            }
            return whole;
        }

        @Override
        public Object write(Long value) {
            return value;
        }
    };

    /** {@code True} or {@code False} (JSON's {@code true} and {@code false}). */
    public static final Kind<Boolean> BOOLEAN = new Kind<>() {
        @Override
        public String describe() {
            return "True or False";
        }

        @Override
        public Boolean read(Object value, Reading at) {
            if (value instanceof Boolean b) {
                return b;
            }
            throw at.wrong(describe(), value);
        }

        @Override
        public Object write(Boolean value) {
            return value;
        }
    };

    /** A list of integer steps, as a new array. */
    public static final Kind<long[]> STEPS = new Kind<>() {
        @Override
        public String describe() {
            return "a list of integer steps, e.g. [250, 750, 900]";
        }

        @Override
        public long[] read(Object value, Reading at) {
            if (!(value instanceof List<?> list)) {
                throw at.wrong(describe(), value);
            }
            long[] steps = new long[list.size()];
            for (int i = 0; i < steps.length; i++) {
                steps[i] = INTEGER.read(list.get(i), at.at(i));
            }
            return steps;
        }

        @Override
        public Object write(long[] value) {
            return Arrays.stream(value).boxed().toList();
        }
    };

    /**
     * A map of whole steps to values of one kind, in the order written: {@code {100: 0.5, 200: 0.1}}.
     *
     * @param <V> the values' type
     * @param values the values' kind
     * @return the kind
     */
    public static <V> Kind<Map<Long, V>> stepMap(Kind<V> values) {
        return new Kind<>() {
            @Override
            public String describe() {
                return "a map of steps to " + values.describe() + "s, e.g. {100: 0.5, 200: 0.1}";
            }

            @Override
            public Map<Long, V> read(Object value, Reading at) {
                if (!(value instanceof Map<?, ?> map)) {
                    throw at.wrong(describe(), value);
                }
                Map<Long, V> read = new LinkedHashMap<>();
                map.forEach((step, v) -> read.put((Long) step, values.read(v, at.key(step))));
                return java.util.Collections.unmodifiableMap(read);
            }

            @Override
            public Object write(Map<Long, V> value) {
                Map<Long, Object> written = new LinkedHashMap<>();
                value.forEach((step, v) -> written.put(step, values.write(v)));
                return written;
            }

            @Override
            public String invalid(Map<Long, V> value) {
                for (V v : value.values()) {
                    String invalid = values.invalid(v);
                    if (invalid != null) {
                        return "must hold values that " + invalid.replaceFirst("^must ", "");
                    }
                }
                return null;
            }
        };
    }

    /** A schedule: a nested spec or a preset name. */
    public static final Kind<Schedule> SCHEDULE = nested(Schedule.class,
            "a schedule or a preset, e.g. cosine(min_lr=0.1, max_lr=1, cycle_length=100) or sgdr", Schedule::spec);

    /**
     * A list of schedules, e.g. {@code [constant(lr=0.1), sgdr]}.
     *
     * @return the kind
     */
    public static Kind<List<Schedule>> schedules() {
        return schedules(List.of());
    }

    /**
     * A list of schedules, each given the enclosing spec's values of {@code passed}: written once, on the
     * enclosing schedule, and left out of each inner one (PyTorch's schedulers share one optimizer's lr).
     *
     * @param passed the names of the parameters passed down
     * @return the kind
     */
    public static Kind<List<Schedule>> schedules(List<String> passed) {
        return new Kind<>() {
            @Override
            public String describe() {
                return "a list of schedules, e.g. [constant(lr=0.1), sgdr]";
            }

            @Override
            public List<Schedule> read(Object value, Reading at) {
                if (!(value instanceof List<?> list)) {
                    throw at.wrong(describe(), value);
                }
                Map<String, Object> inherited = new LinkedHashMap<>();
                for (String name : passed) {
                    Object v = at.sibling(name);
                    if (v != null) {
                        inherited.put(name, v);
                    }
                }
                List<Schedule> schedules = new ArrayList<>(list.size());
                for (int i = 0; i < list.size(); i++) {
                    schedules.add(at.at(i).build(list.get(i), Schedule.class, inherited));
                }
                return List.copyOf(schedules);
            }

            @Override
            public Object write(List<Schedule> value) {
                return value.stream().map(s -> (Object) without(s.spec(), passed)).toList();
            }
        };
    }

    /**
     * A nested spec built as one of {@code family}'s types, printed by {@code spec}.
     *
     * @param <T> the family
     * @param family {@code Schedule.class} or {@code CycleShape.class}
     * @param description what a value is, for messages
     * @param spec how a value is printed back
     * @return the kind
     */
    public static <T> Kind<T> nested(Class<T> family, String description, Function<T, Spec> spec) {
        return new Kind<>() {
            @Override
            public String describe() {
                return description;
            }

            @Override
            public T read(Object value, Reading at) {
                if (!(value instanceof Spec) && !(value instanceof String)) {
                    throw at.wrong(describe(), value);
                }
                return at.build(value, family, Map.of());
            }

            @Override
            public Object write(T value) {
                return spec.apply(value);
            }
        };
    }

    /**
     * One of a few words, e.g. {@code linear} or {@code constant}.
     *
     * @param words the valid words
     * @return the kind
     */
    public static Kind<String> oneOf(String... words) {
        List<String> valid = List.of(words);
        return new Kind<>() {
            @Override
            public String describe() {
                return "one of " + String.join(", ", valid);
            }

            @Override
            public String read(Object value, Reading at) {
                if (value instanceof String s && valid.contains(s)) {
                    return s;
                }
                throw at.wrong(describe(), value);
            }

            @Override
            public Object write(String value) {
                return value;
            }

            @Override
            public String invalid(String value) {
                return valid.contains(value) ? null : "must be " + describe();
            }
        };
    }

    /**
     * An integer value of a spec value.
     *
     * @param value a spec value
     * @return a {@code Long}, or a {@code Double} with a zero fraction inside the long range, as a long; else null
     */
    public static Long whole(Object value) {
        if (value instanceof Long l) {
            return l;
        }
        if (value instanceof Double d && d == Math.floor(d) && Math.abs(d) < 0x1p63) {
            return (long) (double) d;
        }
        return null;
    }

    private static Spec without(Spec spec, List<String> names) {
        Spec.Builder b = Spec.of(spec.type());
        spec.params().forEach((name, value) -> b.put(name, names.contains(name) ? null : value));
        return b.build();
    }
}
