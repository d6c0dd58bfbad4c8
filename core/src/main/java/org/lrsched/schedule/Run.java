package org.lrsched.schedule;

/**
 * A run of cycles whose length changes by the same whole amount: {@code count} cycles from {@code firstCycle},
 * lengths {@code firstLength + i*increment}, starting at {@code firstStart + i*firstLength +
 * increment*i*(i-1)/2}.
 */
record Run(long firstCycle, long firstStart, long firstLength, long increment, long count) {
    /** The count of a run that goes on past every long step. */
    static final long ENDLESS = Long.MAX_VALUE;
    /** A run end that no long step reaches (an end of exactly {@code Long.MAX_VALUE} is a real end). */
    static final long PAST_EVERY_LONG = -1;

    /** The first step after the run, or {@link #PAST_EVERY_LONG}. */
    long end() {
        return end(firstStart, firstLength, increment, count);
    }

    /** {@link #end()} of a run with these fields, for a caller that keeps them apart. */
    static long end(long firstStart, long firstLength, long increment, long count) {
        if (count == ENDLESS) {
            return PAST_EVERY_LONG;
        }
        long offset = offsetOf(count, firstLength, increment);
        return offset < 0 || firstStart > Long.MAX_VALUE - offset ? PAST_EVERY_LONG : firstStart + offset;
    }

    /** The cycle of the run that holds {@code step}, for a step at or after the run's start. */
    Cycle cycleAt(long step) {
        long i = memberOf(step - firstStart);
        return new Cycle(firstCycle + i, firstStart + offsetOf(i), firstLength + i * increment);
    }

    /**
     * The member {@code i} with {@code offset(i) <= w < offset(i+1)}: an estimate from the quadratic, then exact
     * integer corrections.
     */
    private long memberOf(long w) {
        if (increment == 0) {
            return count == ENDLESS ? w / firstLength : Math.min(w / firstLength, count - 1);
        }
        double b = firstLength - increment / 2.0;
        double estimate = (Math.sqrt(b * b + 2.0 * increment * w) - b) / increment;
        long i = Math.max(0, Math.min(count - 1, (long) estimate));
        while (i > 0 && !fits(offsetOf(i), w)) {
            i--;
        }
        while (i + 1 < count && fits(offsetOf(i + 1), w)) {
            i++;
        }
        return i;
    }

    private static boolean fits(long offset, long w) {
        return offset >= 0 && offset <= w;
    }

    /**
     * Steps from the run's start to member {@code i}: {@code i*l0 + c*i*(i-1)/2}, or -1 past every long. The true
     * value is never negative: every member's length is at least 1, so for {@code c < 0} it is at least
     * {@code i*l0/2}, and no intermediate overflows once the estimate is below 2^62.
     */
    long offsetOf(long i) {
        return offsetOf(i, firstLength, increment);
    }

    private static long offsetOf(long i, long firstLength, long increment) {
        double estimate = i * (double) firstLength + increment * ((double) i * (i - 1) / 2);
        if (estimate >= 0x1.01p63) {
            return -1;
        }
        long pairs = (i & 1) == 0 ? (i / 2) * (i - 1) : i * ((i - 1) / 2);
        if (estimate < 0x1p62) {
            return i * firstLength + increment * pairs;
        }
        try {
            return Math.addExact(Math.multiplyExact(i, firstLength), Math.multiplyExact(increment, pairs));
        } catch (ArithmeticException pastEveryLong) {
            return -1;
        }
    }
}
