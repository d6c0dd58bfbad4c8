package org.lrsched.spec;

/**
 * What a parameter's value is: how it is read from a spec value, what every value of the kind must satisfy, and
 * how it is written back so that reading the result gives an equal value.
 */
public interface Kind<T> {

    /** For messages and {@code lrsched types}: "a number", "a schedule", ... */
    String describe();

    /**
     * The parameter's value from a spec value.
     *
     * @throws SpecException naming {@code at}'s path where the value is not of this kind
     */
    T read(Object value, Reading at);

    /** The spec value that reads back to {@code value}. */
    Object write(T value);

    /** Why {@code value} is invalid for every parameter of this kind ("must be a finite number"), or null. */
    default String invalid(T value) {
        return null;
    }
}
