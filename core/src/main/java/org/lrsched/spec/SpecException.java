package org.lrsched.spec;

/** A spec that cannot be read or built; the message says where and what is valid. */
public final class SpecException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * A spec error.
     *
     * @param message where the spec is wrong and what is valid there
     */
    public SpecException(String message) {
        super(message);
    }
}
