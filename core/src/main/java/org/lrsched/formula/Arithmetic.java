package org.lrsched.formula;

/**
 * The transcendental functions a formula calls. Everything else a formula does is IEEE arithmetic (+, -, *, /,
 * sqrt, comparisons), which every kernel reproduces to the bit; these it may compute its own way, within the
 * contract's bound.
 */
public enum Arithmetic {
    /** {@code StrictMath.cos}, as C's {@code cos}. */
    COS,
    /** {@code StrictMath.pow}, as C's {@code pow} and Python's {@code **} of floats. */
    POW,
    /** {@code StrictMath.exp}. */
    EXP,
    /** {@code StrictMath.log}. */
    LOG,
    /** {@code StrictMath.tanh}. */
    TANH
}
