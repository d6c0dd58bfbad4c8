package org.lrsched.schedule;

import java.util.function.DoubleUnaryOperator;

/**
 * Level {@code k} of a decay that MXNet applies by repeated multiplication ({@code lr *= factor}, k times),
 * which no closed form reproduces to the bit.
 *
 * <p>Levels are walked once, lazily, up to the highest level asked for; the walk stops for good at a fixed
 * point (a clamp, or an underflow to zero), which real factors reach within a few thousand levels. Memory is
 * bounded: at most {@value #MAX_CHECKPOINTS} checkpoints, thinned out by halves as the walk grows, so a
 * lookup replays at most {@code levels / 2048} multiplications from its checkpoint.
 */
final class DecayLevels {
    private static final int MAX_CHECKPOINTS = 4096;
    /** Levels the walk may reach: about half a second of multiplications. */
    static final long MAX_WALK = 1L << 27;

    private final DoubleUnaryOperator next;
    private final double[] checkpoints = new double[MAX_CHECKPOINTS];
    private int checkpointCount = 1;
    private int shift; // checkpoint i holds level i << shift
    private long lastIndex;
    private double last;
    private boolean settled; // level(k) == last for every k >= lastIndex

    DecayLevels(double level0, DoubleUnaryOperator next) {
        this.next = next;
        this.last = level0;
        this.checkpoints[0] = level0;
    }

    /**
     * The level after {@code k} multiplications.
     *
     * @throws ArithmeticException where that takes more than {@value #MAX_WALK} multiplications to find
     */
    synchronized double level(long k) {
        while (k > lastIndex && !settled) {
            if (lastIndex >= MAX_WALK) {
                throw new ArithmeticException("the rate after " + k + " decays is " + k + " repeated multiplications,"
                        + " as MXNet computes it, and this factor does not settle within " + MAX_WALK
                        + ": lrsched refuses rather than take minutes");
            }
            advance();
        }
        if (k >= lastIndex) {
            return last;
        }
        int i = (int) (k >>> shift);
        double x = checkpoints[i];
        for (long j = (long) i << shift; j < k; j++) {
            x = next.applyAsDouble(x);
        }
        return x;
    }

    /** True when every level from {@code k} on is level {@code k} (known once the walk reached it). */
    synchronized boolean settledAt(long k) {
        return settled && k >= lastIndex;
    }

    private void advance() {
        double x = next.applyAsDouble(last);
        if (Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(last)) {
            settled = true;
            return;
        }
        last = x;
        lastIndex++;
        if ((lastIndex & ((1L << shift) - 1)) == 0) {
            if (checkpointCount == MAX_CHECKPOINTS) {
                thinOut();
            }
            checkpoints[checkpointCount++] = x;
        }
    }

    /** Keeps every other checkpoint, doubling the spacing. */
    private void thinOut() {
        for (int i = 0; i < MAX_CHECKPOINTS / 2; i++) {
            checkpoints[i] = checkpoints[2 * i];
        }
        checkpointCount = MAX_CHECKPOINTS / 2;
        shift++;
    }
}
