package org.lrsched.spec;

import java.util.Map;

/** Builds nested specs: the registry of types, which stands above every declaration. */
public interface Resolver {

    /**
     * The value of a nested spec, or of a preset name where a schedule goes, as one of the types of
     * {@code family}; {@code inherited} holds parameters the enclosing schedule passes down.
     *
     * @param <T> the family
     * @param value a {@code Spec}, or a preset's name
     * @param family {@code Schedule.class} or {@code CycleShape.class}
     * @param path where the value is, for messages
     * @param inherited parameters passed down, by name
     * @return what the value describes
     * @throws SpecException naming the path where the value is wrong
     */
    <T> T build(Object value, Class<T> family, String path, Map<String, Object> inherited);
}
