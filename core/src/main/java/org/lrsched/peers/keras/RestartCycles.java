package org.lrsched.peers.keras;

import java.math.BigInteger;

/**
 * The cycles of Keras' {@code CosineDecayRestarts}, found exactly: cycle {@code i} lasts {@code L_i = fds * t^i}
 * and starts at {@code S_i = fds * (t^i - 1) / (t - 1)}, with {@code t} the exact binary64 value of
 * {@code t_mul}; the cycle of a step {@code s} is the largest {@code i} with {@code S_i <= s}. Keras finds it with
 * {@code floor(log(1 - s / fds * (1 - t)) / log(t))}, which misses restarts; here a float estimate is only the
 * start of a search whose every comparison is exact.
 *
 * <p>With {@code t = P / 2^e} ({@code P} odd, or {@code e = 0}), {@code S_i = fds * G_i / 2^(e (i - 1))} where
 * {@code G_i = (P^i - 2^(e i)) / (P - 2^e)} is a whole number, so each comparison is one of integers. Their size
 * grows with the cycle index ({@code i} times the bits of {@code P}); past {@link #MAX_BITS} bits a lookup refuses
 * rather than take minutes (only a non-integral {@code t_mul} very close to 1 gets there, after hundreds of
 * thousands of cycles). For {@code 0 < t < 1} the cycles shrink towards {@code fds / (1 - t)}, where Keras' log
 * goes NaN: steps from there on have no cycle.
 *
 * <p>The first {@link #TABLE} cycles are walked once, on first use ({@code G_(i+1) = 2^e G_i + P^i}, a shift and an
 * addition per cycle), and published whole as arrays, so that a lookup among them is a binary search and reads
 * take no lock; later cycles are found by the search above.
 */
final class RestartCycles {
    /** The largest integers a lookup computes with. */
    static final int MAX_BITS = 1 << 22;
    /** Cycles walked into the table. */
    static final int TABLE = 1024;

    /**
     * Cycles {@code 0 .. n-1}: {@code starts[i]} their first steps and {@code starts[n]} the first step after them
     * ({@code beyond}: past 2^63 - 1, or past the last step that has a cycle); {@code complete} when no step
     * lies past the table.
     */
    private record Table(long[] starts, double[] offsets, double[] lengths, int n, boolean beyond,
            boolean complete) {}

    /** One cycle: index, first and last step (inclusive, clamped to 2^63 - 1), and its formula's parameters. */
    record Cycle(long index, long start, long last, double offset, double length) {
        boolean contains(long step) {
            return start <= step && step <= last;
        }
    }

    private final long fds;
    private final double t;
    private final BigInteger p;
    private final int e;
    /** {@code P - 2^e}: positive for t > 1, negative for t < 1, 0 for t == 1. */
    private final BigInteger pMinusQ;
    private final long maxIndex;
    private volatile Cycle last;
    private volatile Table table;

    RestartCycles(long fds, double t) {
        this.fds = fds;
        this.t = t;
        long bits = Double.doubleToRawLongBits(t);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & ((1L << 52) - 1);
        if (biased == 0) {
            biased = 1;
        } else {
            mantissa |= 1L << 52;
        }
        int zeros = Long.numberOfTrailingZeros(mantissa);
        mantissa >>= zeros;
        int exponent = biased - 1075 + zeros;
        if (exponent >= 0) {
            this.p = BigInteger.valueOf(mantissa).shiftLeft(exponent);
            this.e = 0;
        } else {
            this.p = BigInteger.valueOf(mantissa);
            this.e = -exponent;
        }
        this.pMinusQ = p.subtract(BigInteger.ONE.shiftLeft(e));
        this.maxIndex = MAX_BITS / Math.max(1, Math.max(p.bitLength(), e));
    }

    /** True when every step has a cycle; false for {@code t < 1}, whose cycles end at {@code fds / (1 - t)}. */
    boolean endless() {
        return pMinusQ.signum() >= 0;
    }

    /** Whether {@code step} is at or past {@code fds / (1 - t)} (only for {@code t < 1}): no cycle holds it. */
    boolean pastTheEnd(long step) {
        if (endless()) {
            return false;
        }
        // step >= fds * 2^e / (2^e - P)
        return BigInteger.valueOf(step).multiply(pMinusQ.negate()).compareTo(BigInteger.valueOf(fds).shiftLeft(e))
                >= 0;
    }

    /** The cycle holding {@code step}, which must not be {@link #pastTheEnd}. */
    Cycle of(long step) {
        Cycle c = last;
        if (c != null && c.contains(step)) {
            return c;
        }
        c = find(step);
        last = c;
        return c;
    }

    /** The first step after cycle {@code c}, {@code ceil(S_(i+1))}, exactly: past every long too. */
    BigInteger endOf(Cycle c) {
        if (c.last() < Long.MAX_VALUE) {
            return BigInteger.valueOf(c.last()).add(BigInteger.ONE);
        }
        if (pMinusQ.signum() == 0) {
            return BigInteger.valueOf(c.start()).add(BigInteger.valueOf(fds));
        }
        BigInteger[] next = start(c.index() + 1);
        return ceilShift(next[0], (int) next[1].longValue());
    }

    private Cycle find(long step) {
        if (pMinusQ.signum() == 0) { // t == 1: cycles of fds steps
            long i = step / fds;
            long start = i * fds;
            long last = start > Long.MAX_VALUE - (fds - 1) ? Long.MAX_VALUE : start + (fds - 1);
            return new Cycle(i, start, last, 0.0, (double) fds);
        }
        Table tbl = table();
        if (tbl.complete() || step < tbl.starts()[tbl.n()]) {
            int lo = 0; // the last cycle whose first step is at or before step (cycles of no steps share it)
            int hi = tbl.n();
            while (hi - lo > 1) {
                int mid = (lo + hi) >>> 1;
                if (tbl.starts()[mid] <= step) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            long next = tbl.starts()[lo + 1];
            long last = lo + 1 == tbl.n() && tbl.beyond() ? Long.MAX_VALUE : next - 1;
            return new Cycle(lo, tbl.starts()[lo], last, tbl.offsets()[lo], tbl.lengths()[lo]);
        }
        long i = index(step);
        // S_i <= step < S_(i+1): the cycle's steps are ceil(S_i) .. ceil(S_(i+1)) - 1
        BigInteger[] si = start(i);
        BigInteger[] next = start(i + 1);
        BigInteger first = ceilShift(si[0], (int) si[1].longValue());
        BigInteger end = ceilShift(next[0], (int) next[1].longValue());
        long start = first.longValueExact();
        BigInteger lastStep = end.subtract(BigInteger.ONE);
        long last = lastStep.bitLength() < 64 ? lastStep.longValue() : Long.MAX_VALUE;
        int z = (int) si[1].longValue();
        double offset = ratio(first.shiftLeft(z).subtract(si[0]), z);
        double length = ratio(BigInteger.valueOf(fds).multiply(p.pow(Math.toIntExact(i))), Math.multiplyExact(e,
                Math.toIntExact(i)));
        return new Cycle(i, start, last, offset, length);
    }

    private Table table() {
        Table t = table;
        if (t == null) {
            synchronized (this) {
                t = table;
                if (t == null) {
                    t = walk();
                    table = t;
                }
            }
        }
        return t;
    }

    /** The last step that has a cycle: 2^63 - 1, or the last step below {@code fds / (1 - t)} for t < 1. */
    private long lastStep() {
        if (endless()) {
            return Long.MAX_VALUE;
        }
        // the largest step with step * (2^e - P) < fds * 2^e
        BigInteger q = pMinusQ.negate();
        BigInteger bound = BigInteger.valueOf(fds).shiftLeft(e);
        BigInteger last = bound.subtract(BigInteger.ONE).divide(q);
        return last.bitLength() < 64 ? last.longValue() : Long.MAX_VALUE;
    }

    /** Cycles walked from 0 with exact integers, until one starts past the last step or the table is full. */
    private Table walk() {
        long lastStep = lastStep();
        long[] starts = new long[TABLE + 1];
        double[] offsets = new double[TABLE];
        double[] lengths = new double[TABLE];
        BigInteger big = BigInteger.valueOf(fds);
        BigInteger g = BigInteger.ZERO; // G_i
        BigInteger power = BigInteger.ONE; // P^i
        for (int i = 0; i < TABLE; i++) {
            int z = i == 0 ? 0 : e * (i - 1);
            BigInteger numerator = big.multiply(g);
            BigInteger first = ceilShift(numerator, z);
            starts[i] = first.longValueExact();
            offsets[i] = ratio(first.shiftLeft(z).subtract(numerator), z);
            lengths[i] = ratio(big.multiply(power), e * i);
            g = g.shiftLeft(e).add(power);
            power = power.multiply(p);
            BigInteger next = ceilShift(big.multiply(g), e * i);
            if (next.compareTo(BigInteger.valueOf(lastStep)) > 0) {
                starts[i + 1] = lastStep == Long.MAX_VALUE ? Long.MAX_VALUE : lastStep + 1;
                return new Table(starts, offsets, lengths, i + 1, lastStep == Long.MAX_VALUE, true);
            }
            starts[i + 1] = next.longValueExact();
        }
        return new Table(starts, offsets, lengths, TABLE, false, false);
    }

    /** The largest {@code i} with {@code S_i <= step}: a float estimate, then gallop and bisect on exact tests. */
    private long index(long step) {
        double estimate;
        if (endless()) {
            estimate = Math.log1p(step * (t - 1) / fds) / Math.log(t);
        } else {
            estimate = Math.log1p(-(step * (1 - t) / fds)) / Math.log(t);
        }
        long i = estimate >= 0 && estimate < maxIndex ? (long) estimate : 0;
        long lo;
        long hi;
        if (startsBy(i, step)) {
            lo = i;
            long stride = 1;
            while (true) {
                long probe = Math.min(lo + stride, maxIndex + 1);
                if (!startsBy(probe, step)) {
                    hi = probe;
                    break;
                }
                if (probe == maxIndex + 1) {
                    throw tooMany(step);
                }
                lo = probe;
                stride *= 2;
            }
        } else {
            hi = i;
            long stride = 1;
            while (true) {
                long probe = Math.max(0, hi - stride);
                if (startsBy(probe, step)) {
                    lo = probe;
                    break;
                }
                hi = probe;
                stride *= 2;
            }
        }
        while (hi - lo > 1) {
            long mid = (lo + hi) >>> 1;
            if (startsBy(mid, step)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private ArithmeticException tooMany(long step) {
        return new ArithmeticException("keras.CosineDecayRestarts with t_mul=" + t + ": step " + step + " lies past"
                + " cycle " + maxIndex + ", whose exact start needs integers of more than " + MAX_BITS + " bits;"
                + " lrsched finds restarts exactly and refuses there");
    }

    /** Exactly {@code S_i <= step}. */
    private boolean startsBy(long i, long step) {
        if (i == 0) {
            return true;
        }
        BigInteger[] s = start(i);
        return s[0].compareTo(BigInteger.valueOf(step).shiftLeft((int) s[1].longValue())) <= 0;
    }

    /** {@code S_i} as {@code {numerator, z}} with {@code S_i = numerator / 2^z}. */
    private BigInteger[] start(long i) {
        if (i == 0) {
            return new BigInteger[] {BigInteger.ZERO, BigInteger.ZERO};
        }
        if (i > maxIndex + 1) {
            throw new ArithmeticException("cycle " + i + " of keras.CosineDecayRestarts needs integers of more than "
                    + MAX_BITS + " bits");
        }
        int n = (int) i;
        BigInteger g = p.pow(n).subtract(BigInteger.ONE.shiftLeft(e * n)).divide(pMinusQ);
        return new BigInteger[] {g.multiply(BigInteger.valueOf(fds)), BigInteger.valueOf((long) e * (n - 1))};
    }

    /** {@code ceil(x / 2^z)}. */
    private static BigInteger ceilShift(BigInteger x, int z) {
        BigInteger q = x.shiftRight(z);
        return q.shiftLeft(z).equals(x) ? q : q.add(BigInteger.ONE);
    }

    /** The double nearest {@code x / 2^z}, {@code x >= 0}. */
    private static double ratio(BigInteger x, int z) {
        if (x.signum() == 0) {
            return 0.0;
        }
        int drop = x.bitLength() - 66; // keep 66 bits and a sticky bit, so that one rounding is exact
        if (drop <= 0) {
            return Math.scalb(x.doubleValue(), -z);
        }
        BigInteger kept = x.shiftRight(drop);
        if (kept.shiftLeft(drop).equals(x)) {
            return Math.scalb(kept.doubleValue(), drop - z);
        }
        return Math.scalb(kept.shiftLeft(1).setBit(0).doubleValue(), drop - 1 - z);
    }
}
