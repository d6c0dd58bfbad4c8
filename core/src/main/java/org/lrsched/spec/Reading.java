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

    /** {@code type.param}, with list indices: {@code torch.SequentialLR.schedulers[1]}. */
    public String path() {
        return path;
    }

    /** The same place, at index {@code i} of a list. */
    public Reading at(int i) {
        return new Reading(path + "[" + i + "]", resolver, siblings);
    }

    /** The same place, at key {@code key} of a map. */
    public Reading key(Object key) {
        return new Reading(path + "[" + key + "]", resolver, siblings);
    }

    /** The value (given, inherited or default) of another parameter of the same spec, or null. */
    public Object sibling(String name) {
        return siblings.get(name);
    }

    public SpecException wrong(String expected, Object got) {
        return new SpecException(path + ": expected " + expected + ", got " + Echo.of(Spec.print(got)));
    }

    /** A nested spec (or a preset name) as one of {@code family}'s types. */
    public <T> T build(Object value, Class<T> family, Map<String, Object> inherited) {
        return resolver.build(value, family, path, inherited);
    }
}
