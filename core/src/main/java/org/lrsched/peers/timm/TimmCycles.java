package org.lrsched.peers.timm;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.lrsched.internal.Py;

/**
 * The cycles of timm's {@code CosineLRScheduler}, {@code TanhLRScheduler} and {@code PolyLRScheduler}: cycle 0
 * lasts {@code t_initial}, each next one {@code cycle_mul} times the one before, and cycles from {@code
 * cycle_limit} on give {@code lr_min}. timm finds the cycle of {@code t} with a float logarithm, which picks the
 * wrong cycle at some starts ({@code t_initial=1, cycle_mul=10, t=111}); here it is found exactly:
 *
 * <ul>
 *   <li>{@code cycle_mul == 1}: {@code t // t_initial}, timm's own integer arithmetic;
 *   <li>a whole {@code cycle_mul} m (an int, or a float such as 2.0): the exact integer cycles, lengths {@code
 *       t_initial * m^i} and starts {@code t_initial * (m^i - 1) / (m - 1)}, at most 64 of them below 2^63, held
 *       in a table;
 *   <li>any other {@code cycle_mul}: cycle starts are not whole steps in any exact reading, so timm's own float
 *       offsets {@code (1 - cycle_mul ** i) / (1 - cycle_mul) * t_initial} are kept and snapped down by {@code
 *       2^-44} of their size (about 500 times their rounding error), so that a start meant to be whole (10 + 9 for
 *       {@code t_initial=10, cycle_mul=0.9}) is found at its step; the cycle is the last whose snapped start is at
 *       most {@code t}, compared exactly. A logarithm only guesses where to start looking.
 * </ul>
 */
final class TimmCycles {
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final double SNAP = 0x1p-44;

    /**
     * The cycle of a {@code t}: its index, its first whole {@code t} and the first after it ({@code -1}: none below
     * 2^63), and its length: exact for whole cycles ({@code length}, {@code t_curr = t - first}), timm's floats
     * otherwise ({@code t_i = lengthDouble}, {@code t_curr = t - offset}).
     */
    record Found(long index, long first, long end, boolean whole, BigInteger length, double lengthDouble,
            double offset) {}

    private enum Mode { EQUAL, GROWING, FLOAT }

    private final long tInitial;
    private final double cycleMul;
    private final long cycleLimit;
    private final Mode mode;
    /** The first t whose value is lr_min for ever (past the limit, or past every cycle), or -1: none below 2^63. */
    private final long activeEnd;
    // GROWING: the cycles below the limit that start below 2^63
    private final long[] starts;
    private final long[] ends;
    private final BigInteger[] lengths;
    private final double[] lengthDoubles;
    /** EQUAL: t_initial as the exact length every cycle has. */
    private final BigInteger equalLength;
    // FLOAT, cycle_mul < 1: the snapped start that every start reaches once cycle_mul ** i rounds 1 - it to 1
    private final double lastStart;
    /** FLOAT: the largest index a lookup can return. */
    private final long maxIndex;
    /** FLOAT: the logarithm a lookup's first guess divides by. */
    private final double logCycleMul;

    TimmCycles(long tInitial, double cycleMul, long cycleLimit) {
        this.tInitial = tInitial;
        this.cycleMul = cycleMul;
        this.cycleLimit = cycleLimit;
        if (cycleMul == 1) {
            mode = Mode.EQUAL;
            activeEnd = Math.multiplyHigh(tInitial, cycleLimit) == 0 && tInitial * cycleLimit >= 0
                    ? tInitial * cycleLimit : -1;
            starts = null;
            ends = null;
            lengths = null;
            lengthDoubles = null;
            equalLength = BigInteger.valueOf(tInitial);
            lastStart = Double.NaN;
            maxIndex = 0;
            logCycleMul = Double.NaN;
        } else if (cycleMul == Math.rint(cycleMul)) {
            mode = Mode.GROWING;
            BigInteger m = new BigDecimal(cycleMul).toBigIntegerExact();
            List<Long> s = new ArrayList<>();
            List<BigInteger> l = new ArrayList<>();
            BigInteger start = BigInteger.ZERO;
            BigInteger length = BigInteger.valueOf(tInitial);
            long end = -1;
            for (long i = 0; start.compareTo(LONG_MAX) <= 0; i++) {
                if (i == cycleLimit) {
                    end = start.longValueExact();
                    break;
                }
                s.add(start.longValueExact());
                l.add(length);
                start = start.add(length);
                length = length.multiply(m);
            }
            activeEnd = end;
            starts = s.stream().mapToLong(Long::longValue).toArray();
            lengths = l.toArray(BigInteger[]::new);
            ends = new long[starts.length];
            lengthDoubles = new double[starts.length];
            for (int i = 0; i < starts.length; i++) {
                BigInteger e = BigInteger.valueOf(starts[i]).add(lengths[i]);
                ends[i] = e.compareTo(LONG_MAX) <= 0 ? e.longValueExact() : -1;
                lengthDoubles[i] = lengths[i].doubleValue();
            }
            equalLength = null;
            lastStart = Double.NaN;
            maxIndex = 0;
            logCycleMul = Double.NaN;
        } else {
            mode = Mode.FLOAT;
            starts = null;
            ends = null;
            lengths = null;
            lengthDoubles = null;
            equalLength = null;
            double end = cycleLimit == 0 ? 0 : start(cycleLimit);
            long cap = cycleLimit - 1;
            if (cycleMul < 1) {
                lastStart = snap(offset(0.0));
                end = Math.min(end, lastStart);
                // from here on cycle_mul ** i <= 2^-54, so 1 - it rounds to 1: every later start is lastStart
                long saturated = (long) Math.ceil(-54 / (StrictMath.log(cycleMul) / StrictMath.log(2)));
                while (saturated < Long.MAX_VALUE && StrictMath.pow(cycleMul, saturated) > 0x1p-54) {
                    saturated++;
                }
                cap = Math.min(cap, saturated - 1);
            } else {
                lastStart = Double.NaN;
            }
            activeEnd = end >= 0x1p63 ? -1 : (long) Math.ceil(end);
            maxIndex = Math.max(0, cap);
            logCycleMul = StrictMath.log(cycleMul);
        }
    }

    long tInitial() {
        return tInitial;
    }

    double cycleMul() {
        return cycleMul;
    }

    long cycleLimit() {
        return cycleLimit;
    }

    /** True when every cycle below the limit lasts {@code t_initial}: cycle_mul 1. */
    boolean equalLengths() {
        return mode == Mode.EQUAL;
    }

    /** The first t whose value is lr_min for ever, or -1 when no t below 2^63 is. */
    long activeEnd() {
        return activeEnd;
    }

    /**
     * How many cycles come before the value is lr_min for ever: {@code cycle_limit}, or fewer where a {@code
     * cycle_mul < 1} runs them out (every later start rounds to the same float).
     */
    long activeCycles() {
        return mode == Mode.FLOAT && cycleLimit > 0 ? maxIndex + 1 : cycleLimit;
    }

    /**
     * The first t after a cycle, exactly, past every long too: {@code first + length} for whole cycles, the next
     * snapped start's ceiling otherwise (finite: a {@code cycle_mul} that is not whole is below 2^52, so the start
     * after one below 2^63 is below 2^115).
     */
    BigInteger endOf(Found c) {
        if (c.end() >= 0) {
            return BigInteger.valueOf(c.end());
        }
        if (c.whole()) {
            return BigInteger.valueOf(c.first()).add(c.length());
        }
        return new BigDecimal(start(c.index() + 1)).setScale(0, RoundingMode.CEILING).toBigIntegerExact();
    }

    /** The cycle of {@code t >= 0}, or null where the value is lr_min: past the limit, or past every cycle. */
    Found find(long t) {
        if (activeEnd >= 0 && t >= activeEnd) {
            return null;
        }
        switch (mode) {
            case EQUAL: {
                long i = t / tInitial;
                long first = i * tInitial;
                long end = first > Long.MAX_VALUE - tInitial ? -1 : first + tInitial;
                return new Found(i, first, end, true, equalLength, tInitial, 0);
            }
            case GROWING: {
                int lo = 0;
                int hi = starts.length - 1;
                while (lo < hi) {
                    int mid = (lo + hi + 1) >>> 1;
                    if (starts[mid] <= t) {
                        lo = mid;
                    } else {
                        hi = mid - 1;
                    }
                }
                return new Found(lo, starts[lo], ends[lo], true, lengths[lo], lengthDoubles[lo], 0);
            }
            default:
                return floatCycle(t);
        }
    }

    /**
     * The last cycle whose snapped start is at most {@code t} (exactly compared), for a {@code t} below the active
     * end: started from a logarithm's guess, then corrected by exact comparisons, so the guess decides nothing.
     */
    private Found floatCycle(long t) {
        double guess = 1 - (double) t / tInitial * (1 - cycleMul);
        double log = guess > 0 ? Math.floor(StrictMath.log(guess) / logCycleMul) : maxIndex;
        long i = log >= maxIndex ? maxIndex : log <= 0 ? 0 : (long) log;
        double p = StrictMath.pow(cycleMul, i);
        double start = start(i, p);
        while (i > 0 && !Py.le(start, t)) {
            i--;
            p = StrictMath.pow(cycleMul, i);
            start = start(i, p);
        }
        double nextP = StrictMath.pow(cycleMul, i + 1);
        double next = start(i + 1, nextP);
        while (i < maxIndex && Py.le(next, t)) {
            i++;
            p = nextP;
            start = next;
            nextP = StrictMath.pow(cycleMul, i + 1);
            next = start(i + 1, nextP);
        }
        long end = next >= 0x1p63 ? -1 : (long) Math.ceil(next);
        return new Found(i, (long) Math.ceil(start), end, false, null, p * tInitial, offset(p));
    }

    /** timm's offset of a cycle whose {@code cycle_mul ** i} is {@code p}: {@code (1 - p) / (1 - cycle_mul) * t_initial}. */
    private double offset(double p) {
        return (1 - p) / (1 - cycleMul) * tInitial;
    }

    /** The snapped start of cycle {@code i}: its offset less 2^-44 of the offsets' scale; +inf past every double. */
    private double start(long i) {
        return start(i, StrictMath.pow(cycleMul, i));
    }

    private double start(long i, double p) {
        return i == 0 ? 0 : snap(offset(p));
    }

    private double snap(double offset) {
        if (Double.isInfinite(offset)) {
            return Double.POSITIVE_INFINITY;
        }
        return offset - SNAP * (Math.abs(offset) + tInitial / Math.abs(1 - cycleMul));
    }

    /** The smallest {@code t >= 0} with {@code float(t) - offset >= 0}: where timm's {@code t_curr} stops being negative. */
    static long firstAtOrAbove(double offset) {
        if (!(offset > 0)) {
            return 0;
        }
        long ceiling = (long) Math.ceil(offset); // an integer double past 2^53, so float(ceiling) == offset there
        long lo = Math.max(0, ceiling - 4096); // a long rounds to offset only within half its ulp, at most 1024
        long hi = ceiling;
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if ((double) mid >= offset) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
