package org.lrsched.simd;

import jdk.incubator.vector.DoubleVector;

/**
 * {@code x / q} for a vector of {@code x}, to the bit, without a vector division (a 512-bit divide retires one
 * vector every ~16 cycles; this is one multiply and two fmas). Markstein's correction: with {@code r = RN(1/q)}
 * and {@code t = RN(x*r)} within an ulp of the quotient, the remainder {@code x - t*q} is exact in one fma and
 * {@code RN(t + remainder*r)} is the correctly rounded quotient. That needs quotient, remainder and reciprocal
 * far from overflow and underflow: {@link #exact} says when a piece's divisor and dividends are.
 */
final class Quotients {
    private static final double LOW = 0x1p-400;
    private static final double HIGH = 0x1p400;

    private Quotients() {}

    /**
     * True when every dividend is 0 or has a magnitude in {@code [smallest, largest]}, and these and the divisor
     * are far enough from the ends of the double range for the correction to be exact.
     */
    static boolean exact(double q, double smallest, double largest) {
        double m = Math.abs(q);
        return m > LOW && m < HIGH && smallest > LOW && largest < HIGH;
    }

    /** {@code x / q}, given {@code reciprocal = 1 / q} and a piece for which {@link #exact} holds. */
    static DoubleVector divide(DoubleVector x, double q, double reciprocal) {
        DoubleVector t = x.mul(reciprocal);
        DoubleVector remainder = t.neg().fma(x.broadcast(q), x);
        return remainder.fma(x.broadcast(reciprocal), t);
    }
}
