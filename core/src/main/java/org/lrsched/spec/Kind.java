package org.lrsched.spec;

/**
 * What a parameter's value is: how it is read from a spec value, what every value of the kind must satisfy, and
 * how it is written back so that reading the result gives an equal value.
 *
 * @param <T> the parameter's Java type
 */
public interface Kind<T> {

    /**
     * What a value of the kind is, for messages and {@code lrsched types}.
     *
     * @return e.g. "a number", "a schedule"
     */
    String describe();

    /**
     * The parameter's value from a spec value.
     *
     * @param value the spec value
     * @param at where it is read
     * @return the parameter's value
     * @throws SpecException naming {@code at}'s path where the value is not of this kind
     */
    T read(Object value, Reading at);

    /**
     * The spec value that reads back to {@code value}.
     *
     * @param value a parameter's value
     * @return its spec value
     */
    Object write(T value);

    /**
     * Why {@code value} is invalid for every parameter of this kind.
     *
     * @param value a parameter's value
     * @return the reason ("must be a finite number"), or null for a valid value
     */
    default String invalid(T value) {
        return null;
    }
}
