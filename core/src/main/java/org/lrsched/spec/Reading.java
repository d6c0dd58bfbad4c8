package org.lrsched.spec;

import java.util.Map;
import org.lrsched.Spec;
import org.lrsched.internal.Echo;

/** Where a parameter's value is being read: its path for messages, its spec's other values, nested builds. */
public final class Reading {
    private final String path;
    private final Resolver resolver;
    private final Map<String, Object> siblings;

    Reading(String path, Resolver resolver, Map<String, Object> siblings) {
        this.path = path;
        this.resolver = resolver;
        this.siblings = siblings;
    }

    /**
     * The path of the value, for messages.
     *
     * @return {@code type.param}, with list indices: {@code sequence.schedules[1]}
     */
    public String path() {
        return path;
    }

    /**
     * The same place, at index {@code i} of a list.
     *
     * @param i the index
     * @return the element's reading
     */
    public Reading at(int i) {
        return new Reading(path + "[" + i + "]", resolver, siblings);
    }

    /**
     * The same place, at key {@code key} of a map.
     *
     * @param key the key
     * @return the entry's reading
     */
    public Reading key(Object key) {
        return new Reading(path + "[" + key + "]", resolver, siblings);
    }

    /**
     * The value of another parameter of the same spec.
     *
     * @param name the other parameter's name
     * @return its value (given, inherited or default), or null
     */
    public Object sibling(String name) {
        return siblings.get(name);
    }

    /**
     * The error for a value that is not what the kind expects.
     *
     * @param expected what was expected, e.g. "a number"
     * @param got the value found
     * @return the exception, naming the path
     */
    public SpecException wrong(String expected, Object got) {
        return new SpecException(path + ": expected " + expected + ", got " + Echo.of(Spec.print(got)));
    }

    /**
     * A nested spec (or a preset name) as one of {@code family}'s types.
     *
     * @param <T> the family
     * @param value the nested spec, or a preset's name
     * @param family {@code Schedule.class} or {@code CycleShape.class}
     * @param inherited parameters passed down, by name
     * @return what the value describes
     */
    public <T> T build(Object value, Class<T> family, Map<String, Object> inherited) {
        return resolver.build(value, family, path, inherited);
    }
}
