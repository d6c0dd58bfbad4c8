package org.lrsched.peers.torch;

import java.math.BigInteger;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;

/** Parameters every PyTorch scheduler shares, and Python's arithmetic where their closed forms need it. */
final class TorchParams {
    private TorchParams() {}

    /** The optimizer's initial lr, which PyTorch reads from the optimizer's param group. */
    static final Param<Double> LR = Param.of("lr", Kinds.REAL,
            "the optimizer's initial lr (inside SequentialLR or ChainedScheduler: taken from it)");

    /** Only a fresh scheduler: resuming needs the optimizer's state, and is a shift of the step. */
    static final Param<Long> LAST_EPOCH = Param.of("last_epoch", TorchKinds.INT,
                    "PyTorch's resume index; only -1, a fresh scheduler")
            .rule("-1 (a fresh scheduler; a resumed one is a shifted schedule, write it with sequence)",
                    e -> e == -1)
            .orElse(-1L);

    /** A decay factor, kept an int where written as one: Python's {@code int ** int} is exact. */
    static Param<Number> gamma(String description) {
        return Param.of("gamma", Kinds.NUMBER, description);
    }

    /**
     * Python's {@code gamma ** n} for a whole {@code n >= 0}: C's pow for a float gamma (n converted to double),
     * the exact power for an int one (converted to the nearest double where it is used with a float).
     *
     * @throws ArithmeticException where Python raises OverflowError (pow overflows, or the int is too large for a
     *     float), naming {@code step}
     */
    static double power(Number gamma, long n, long step) {
        double p = gamma instanceof Long g ? intPower(g, n) : StrictMath.pow(gamma.doubleValue(), (double) n);
        if (!Double.isFinite(p)) {
            throw new ArithmeticException("gamma ** " + n + " overflows at step " + step
                    + " (PyTorch raises OverflowError there)");
        }
        return p;
    }

    /** The int {@code g ** n}, rounded to the nearest double (an infinity where Python's conversion raises). */
    static double intPower(long g, long n) {
        if (n == 0 || g == 1) {
            return 1;
        }
        if (g == 0) {
            return 0;
        }
        if (g == -1) {
            return (n & 1) == 0 ? 1 : -1;
        }
        long log2 = 63 - Long.numberOfLeadingZeros(Math.abs(g)); // 63 for Long.MIN_VALUE, whose abs is itself
        if (n > 1100 || log2 * n > 1100) { // |g|^n >= 2^1100, far beyond every double
            return g > 0 || (n & 1) == 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        return BigInteger.valueOf(g).pow((int) n).doubleValue();
    }

    /** True for an int gamma or a float one of magnitude above 1: its powers grow, or are exact ints. */
    static boolean intOrGrowing(Number gamma) {
        return gamma instanceof Long || Math.abs(gamma.doubleValue()) > 1;
    }

    /**
     * Python's {@code a / b} for ints {@code 0 <= a} and {@code b > 0}: the correctly rounded quotient (which a
     * division of the two doubles is not, once either is past 2^53).
     */
    static double trueDivide(long a, long b) {
        if (a < (1L << 53) && b < (1L << 53)) {
            return (double) a / (double) b;
        }
        if (a == 0) {
            return 0.0;
        }
        // floor(a * 2^120 / b) has at least 57 bits; a sticky bit for the remainder keeps the rounding exact
        BigInteger[] qr = BigInteger.valueOf(a).shiftLeft(120).divideAndRemainder(BigInteger.valueOf(b));
        BigInteger q = qr[0].shiftLeft(1).or(qr[1].signum() == 0 ? BigInteger.ZERO : BigInteger.ONE);
        return Math.scalb(q.doubleValue(), -121);
    }

    /**
     * True when {@code gamma ** m} equals {@code factor = gamma ** n} for every {@code m > n}: gamma 1, or a
     * non-negative gamma whose power is already 0 (a float pow that underflowed, or the int 0).
     */
    static boolean settled(Number gamma, double factor) {
        double g = gamma.doubleValue();
        if (g == 1) {
            return true;
        }
        boolean nonNegative = gamma instanceof Long ? g >= 0 : Double.doubleToRawLongBits(g) >= 0 && g < 1;
        return nonNegative && factor == 0;
    }

    /**
     * The schedulers of a composite take the composite's lr (PyTorch's schedulers share one optimizer): an inner
     * scheduler built with another lr is refused, naming lr.
     */
    static void requireSharedLr(double lr, java.util.List<org.lrsched.Schedule> schedulers) {
        for (org.lrsched.Schedule s : schedulers) {
            Object inner = s.spec().params().get("lr");
            if (inner != null && !inner.equals(lr)) {
                throw LR.bad(inner, "of an inner scheduler must be the composite's lr=" + lr
                        + " (PyTorch's schedulers share one optimizer)");
            }
        }
    }
}
