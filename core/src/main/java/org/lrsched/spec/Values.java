package org.lrsched.spec;

import java.util.IdentityHashMap;
import java.util.Map;

/** A spec's parameters as read by their declarations: what a type's constructor is given. */
public final class Values {
    private final Map<Param<?>, Object> values = new IdentityHashMap<>();

    Values() {}

    <T> void put(Param<T> param, T value) {
        values.put(param, value);
    }

    /**
     * The value of a declared parameter.
     *
     * @param <T> the parameter's type
     * @param param the declaration
     * @return the value: given, inherited or the default; null for an optional one that was left out
     * @throws IllegalArgumentException for a parameter the type does not declare
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Param<T> param) {
        if (!values.containsKey(param)) {
            throw new IllegalArgumentException(param + " is not a parameter of this type");
        }
        return (T) values.get(param);
    }
}
