package org.lrsched.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lrsched.Spec;

/**
 * A type of the spec language, declared beside its class: its name, a one-line description, an example, its
 * parameters in order with how to get each from an instance, and its constructor. Building from a spec and
 * printing back to one both read this declaration, so a parameter's name is written once.
 *
 * @param <S> the type's class
 */
public final class ScheduleType<S> {
    private record Entry<S, T>(Param<T> param, Function<? super S, ? extends T> getter) {
        Object written(S instance) {
            T value = getter.apply(instance);
            return value == null ? null : param.kind().write(value);
        }
    }

    private final String name;
    private final String description;
    private final String example;
    private final List<Entry<S, ?>> entries;
    private final Function<Values, S> constructor;

    private ScheduleType(Builder<S> b, Function<Values, S> constructor) {
        this.name = b.name;
        this.description = b.description;
        this.example = b.example;
        this.entries = List.copyOf(b.entries);
        this.constructor = constructor;
    }

    /**
     * Starts a declaration.
     *
     * <pre>{@code
     * public static final ScheduleType<ConstantSchedule> TYPE = ScheduleType.<ConstantSchedule>of("constant",
     *                 "the same rate at every step")
     *         .param(LR, ConstantSchedule::lr)
     *         .example("constant(lr=0.001)")
     *         .build(v -> new ConstantSchedule(v.get(LR)));
     * }</pre>
     *
     * @param <S> the type's class
     * @param name the name in the spec language
     * @param description one line for {@code lrsched types}
     * @return the builder
     */
    public static <S> Builder<S> of(String name, String description) {
        return new Builder<>(name, description);
    }

    /**
     * The type's name in the spec language.
     *
     * @return the name, e.g. {@code cyclical}
     */
    public String name() {
        return name;
    }

    /**
     * What the type is, in one line.
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    /**
     * An example of this type.
     *
     * @return a spec of this type in the text form, or null
     */
    public String example() {
        return example;
    }

    /**
     * The type's parameters.
     *
     * @return the declarations, in the order specs print them
     */
    public List<Param<?>> params() {
        return entries.stream().<Param<?>>map(Entry::param).toList();
    }

    /**
     * The spec that {@code instance} prints as, every default filled in.
     *
     * @param instance an instance of the type
     * @return its spec
     */
    public Spec specOf(S instance) {
        Spec.Builder spec = Spec.of(name);
        for (Entry<S, ?> e : entries) {
            spec.put(e.param.name(), e.written(instance));
        }
        return spec.build();
    }

    /**
     * Builds what {@code spec} describes: names checked against the declaration, defaults filled in, values read
     * by their kinds, nested specs built by {@code resolver}, parameters in {@code inherited} taken from the
     * enclosing schedule.
     *
     * @param spec the spec, of this type
     * @param resolver builds nested specs
     * @param path where the spec is, for messages
     * @param inherited parameters passed down by the enclosing schedule, by name
     * @return what the spec describes
     * @throws SpecException naming {@code path} and the parameter
     */
    public S build(Spec spec, Resolver resolver, String path, Map<String, Object> inherited) {
        for (String given : spec.params().keySet()) {
            if (entries.stream().noneMatch(e -> e.param.name().equals(given))) {
                throw new SpecException(path + "." + given + ": unknown parameter of " + name
                        + "; valid parameters: " + names());
            }
        }
        Map<String, Object> raw = new LinkedHashMap<>();
        for (Entry<S, ?> e : entries) {
            Object value = rawValue(e.param, spec, path, inherited);
            if (value != null) {
                raw.put(e.param.name(), value);
            }
        }
        try {
            Values values = new Values();
            for (Entry<S, ?> e : entries) {
                read(values, e.param, raw, resolver, path);
            }
            return constructor.apply(values);
        } catch (SpecException e) {
            throw e;
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new SpecException(path + ": " + e.getMessage());
        }
    }

    private <T> Object rawValue(Param<T> p, Spec spec, String path, Map<String, Object> inherited) {
        Object given = spec.params().get(p.name());
        Object passed = inherited.get(p.name());
        if (passed != null) {
            if (given != null) {
                throw new SpecException(path + "." + p.name() + ": " + name + " takes " + p.name()
                        + " from the schedule it is part of; leave it out here");
            }
            return passed;
        }
        if (given != null) {
            return given;
        }
        if (p.defaultValue() != null) {
            return p.kind().write(p.defaultValue());
        }
        if (p.required()) {
            throw new SpecException(path + ": missing required parameter " + p.name() + " of " + name + " ("
                    + p.kind().describe() + "); parameters: " + names());
        }
        return null;
    }

    private static <T> void read(Values values, Param<T> p, Map<String, Object> raw, Resolver resolver, String path) {
        Object value = raw.get(p.name());
        values.put(p, value == null ? null : p.kind().read(value, new Reading(path + "." + p.name(), resolver, raw)));
    }

    private String names() {
        return entries.stream().map(e -> e.param.name()).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return name;
    }

    /**
     * Collects a type's declaration in order.
     *
     * @param <S> the type's class
     */
    public static final class Builder<S> {
        private final String name;
        private final String description;
        private final List<Entry<S, ?>> entries = new ArrayList<>();
        private String example;

        private Builder(String name, String description) {
            this.name = Objects.requireNonNull(name, "name");
            this.description = Objects.requireNonNull(description, "description");
        }

        /**
         * The next parameter, and how to get its value from an instance.
         *
         * @param <T> the parameter's type
         * @param param the declaration
         * @param getter the value of an instance; null: left out when printing
         * @return this builder
         */
        public <T> Builder<S> param(Param<T> param, Function<? super S, ? extends T> getter) {
            entries.add(new Entry<>(param, getter));
            return this;
        }

        /**
         * An example spec, which the tests build.
         *
         * @param text a spec of this type in the text form
         * @return this builder
         */
        public Builder<S> example(String text) {
            this.example = text;
            return this;
        }

        /**
         * The declaration.
         *
         * @param constructor builds an instance from the parameters' values
         * @return the type
         */
        public ScheduleType<S> build(Function<Values, S> constructor) {
            return new ScheduleType<>(this, constructor);
        }
    }
}
