package org.lrsched.simd;

import jdk.incubator.vector.DoubleVector;

/**
 * {@code (1 + cos(theta)) / 2} for {@code theta} in {@code [0, pi]}: the unit of every cosine piece. It equals
 * {@code cos(theta / 2)^2}, and {@code theta / 2} lies in {@code [0, pi/2]}, where the Taylor series of cos
 * truncated after {@code x^22 / 22!} is off by less than 2e-17: twelve terms in {@code x^2}, eleven fmas. The
 * result is within about 2e-16 of the exact unit, well inside the contract's 2^-50 x max|lr|, and needs no
 * range reduction, which is what makes it several times faster than a general vector cos. The chain is written
 * out with constant coefficients so that C2 keeps every broadcast out of the loop.
 */
final class HalfCosines {
    // (-1)^k / (2k)!, correctly rounded
    private static final double C0 = 1.0;
    private static final double C1 = -0.5;
    private static final double C2 = 0.041666666666666664;
    private static final double C3 = -0.001388888888888889;
    private static final double C4 = 2.48015873015873e-05;
    private static final double C5 = -2.755731922398589e-07;
    private static final double C6 = 2.08767569878681e-09;
    private static final double C7 = -1.1470745597729725e-11;
    private static final double C8 = 4.779477332387385e-14;
    private static final double C9 = -1.5619206968586225e-16;
    private static final double C10 = 4.110317623312165e-19;
    private static final double C11 = -8.896791392450574e-22;

    private HalfCosines() {}

    static DoubleVector unit(DoubleVector theta) {
        DoubleVector x = theta.mul(0.5);
        DoubleVector z = x.mul(x);
        DoubleVector p = z.mul(C11).add(C10);
        p = p.fma(z, z.broadcast(C9));
        p = p.fma(z, z.broadcast(C8));
        p = p.fma(z, z.broadcast(C7));
        p = p.fma(z, z.broadcast(C6));
        p = p.fma(z, z.broadcast(C5));
        p = p.fma(z, z.broadcast(C4));
        p = p.fma(z, z.broadcast(C3));
        p = p.fma(z, z.broadcast(C2));
        p = p.fma(z, z.broadcast(C1));
        p = p.fma(z, z.broadcast(C0));
        return p.mul(p);
    }
}
