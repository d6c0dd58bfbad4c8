package org.lrsched.formula;

/**
 * The transcendental functions a formula calls. Everything else a formula does is IEEE arithmetic (+, -, *, /,
 * sqrt, comparisons), which every kernel reproduces to the bit; these it may compute its own way, within the
 * contract's bound.
 */
public enum Arithmetic {
    COS, POW, EXP, LOG, TANH
}
