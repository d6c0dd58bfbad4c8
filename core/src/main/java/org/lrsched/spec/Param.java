package org.lrsched.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.lrsched.Spec;
import org.lrsched.internal.Echo;

/**
 * One declared parameter of a schedule type: its name, kind, default, validity rules and a one-line description.
 * Declared once, beside the schedule's class; the readers, the printer, the error messages and {@code lrsched
 * types} all read it, and the schedule's constructor checks its arguments through it.
 *
 * @param <T> the value's Java type
 */
public final class Param<T> {
    private record Rule<T>(String text, Predicate<? super T> ok) {}

    private final String name;
    private final Kind<T> kind;
    private final String description;
    private final T defaultValue;
    private final boolean optional;
    private final List<Rule<T>> rules;

    private Param(String name, Kind<T> kind, String description, T defaultValue, boolean optional,
            List<Rule<T>> rules) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.description = Objects.requireNonNull(description, "description");
        this.defaultValue = defaultValue;
        this.optional = optional;
        this.rules = List.copyOf(rules);
    }

    /**
     * A required parameter.
     *
     * <pre>{@code
     * static final Param<Double> LR = Param.of("lr", Kinds.REAL, "the rate at every step");
     * }</pre>
     *
     * @param <T> the value's type
     * @param name the name in the spec language
     * @param kind how a value is read, checked and written back
     * @param description one line for {@code lrsched types}
     * @return the parameter
     */
    public static <T> Param<T> of(String name, Kind<T> kind, String description) {
        return new Param<>(name, kind, description, null, false, List.of());
    }

    /**
     * The same parameter with a default, used when a spec leaves it out.
     *
     * @param value the default
     * @return the parameter with the default
     */
    public Param<T> orElse(T value) {
        return new Param<>(name, kind, description, Objects.requireNonNull(value), false, rules);
    }

    /**
     * The same parameter, which a spec may leave out (Python's {@code None}): its value is then null.
     *
     * @return the optional parameter
     */
    public Param<T> optional() {
        return new Param<>(name, kind, description, null, true, rules);
    }

    /**
     * The same parameter with one more rule its value must follow.
     *
     * @param text the rule for messages, read after "must be ": {@code "> 0"}
     * @param ok whether a value follows it
     * @return the parameter with the rule
     */
    public Param<T> rule(String text, Predicate<? super T> ok) {
        List<Rule<T>> more = new ArrayList<>(rules);
        more.add(new Rule<>(text, ok));
        return new Param<>(name, kind, description, defaultValue, optional, more);
    }

    /**
     * The parameter's name in the spec language.
     *
     * @return the name, e.g. {@code min_lr}
     */
    public String name() {
        return name;
    }

    /**
     * How a value is read, checked and written back.
     *
     * @return the kind
     */
    public Kind<T> kind() {
        return kind;
    }

    /**
     * What the parameter means, in one line.
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    /**
     * The default.
     *
     * @return the default, or null when there is none
     */
    public T defaultValue() {
        return defaultValue;
    }

    /**
     * Whether a spec must give the parameter.
     *
     * @return true when it has no default and is not optional
     */
    public boolean required() {
        return defaultValue == null && !optional;
    }

    /**
     * What a valid value is, for help texts.
     *
     * @return the kind and every rule
     */
    public String describeValue() {
        StringBuilder s = new StringBuilder(kind.describe());
        for (Rule<T> r : rules) {
            s.append(", ").append(r.text);
        }
        return s.toString();
    }

    /**
     * {@code value}, checked against the kind and every rule.
     *
     * @param value a value of the parameter
     * @return {@code value}
     * @throws IllegalArgumentException naming the parameter and the value
     */
    public T require(T value) {
        if (value == null) {
            if (optional) {
                return null;
            }
            throw new IllegalArgumentException(name + " is required");
        }
        String invalid = kind.invalid(value);
        if (invalid != null) {
            throw bad(value, invalid);
        }
        for (Rule<T> r : rules) {
            if (!r.ok.test(value)) {
                throw bad(value, "must be " + r.text);
            }
        }
        return value;
    }

    /**
     * The error for a value of this parameter that breaks a rule written elsewhere.
     *
     * @param value the value
     * @param rule what it breaks, e.g. "must be below max_lr"
     * @return the exception, naming the parameter and the value
     */
    public IllegalArgumentException bad(Object value, String rule) {
        return new IllegalArgumentException(name + " " + rule + ", got " + Echo.of(print(value)));
    }

    private static String print(Object value) {
        if (value instanceof long[] steps) {
            return java.util.Arrays.toString(steps);
        }
        return Spec.print(value);
    }

    @Override
    public String toString() {
        return name;
    }
}
