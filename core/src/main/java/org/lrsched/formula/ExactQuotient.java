package org.lrsched.formula;

import java.math.BigInteger;

/**
 * Python's true division of two ints, {@code a / b}: the double nearest the exact quotient (ties to even). It is
 * one IEEE division while both are at most 2^53 (each converts exactly); past that, {@code float(a) / float(b)}
 * would round three times, so the quotient is computed exactly and rounded once.
 */
final class ExactQuotient {
    private static final long EXACT = 1L << 53;

    private ExactQuotient() {}

    /** {@code a / b} for {@code a} and {@code b} read as unsigned 64-bit integers, {@code b != 0}. */
    static double unsigned(long a, long b) {
        if (a >= 0 && a <= EXACT && b > 0 && b <= EXACT) {
            return (double) a / (double) b;
        }
        return rounded(unsignedBig(a), unsignedBig(b));
    }

    /** The double nearest {@code n / d}, {@code n >= 0}, {@code d > 0}. */
    static double rounded(BigInteger n, BigInteger d) {
        if (n.signum() == 0) {
            return 0.0;
        }
        // a quotient of at least 65 bits, and one sticky bit below it for what the remainder holds
        int shift = Math.max(0, 66 - (n.bitLength() - d.bitLength()));
        BigInteger[] qr = n.shiftLeft(shift).divideAndRemainder(d);
        BigInteger q = qr[0].shiftLeft(1);
        if (qr[1].signum() != 0) {
            q = q.setBit(0);
        }
        return Math.scalb(q.doubleValue(), -(shift + 1));
    }

    private static BigInteger unsignedBig(long x) {
        BigInteger b = BigInteger.valueOf(x & Long.MAX_VALUE);
        return x < 0 ? b.setBit(63) : b;
    }
}
