package org.lrsched.schedule;

import java.util.Objects;
import org.lrsched.internal.Require;
import org.lrsched.spec.Spec;

/**
 * A cycle shape repeated for ever: cycle 0 lasts {@code cycle_length} steps, each next cycle
 * {@code ceil(previous * cycle_length_decay)} steps (a double product, then ceil: 100 * 1.1 gives 111), and
 * cycle {@code k} is scaled by {@code cycle_magnitude_decay ** k}. A step exactly on a cycle's end starts the
 * next cycle at offset 0. With a cosine shape and both decays this is SGDR.
 */
public final class CyclicalSchedule extends AbstractSchedule {
    private final CycleShape shape;
    private final CycleLength cycleLength;
    private final double cycleLengthDecay;
    private final double cycleMagnitudeDecay;

    public CyclicalSchedule(CycleShape shape, CycleLength cycleLength, double cycleLengthDecay,
            double cycleMagnitudeDecay) {
        this.shape = Objects.requireNonNull(shape, "shape");
        this.cycleLength = Objects.requireNonNull(cycleLength, "cycle_length");
        this.cycleLengthDecay = Require.positive("cycle_length_decay", cycleLengthDecay);
        this.cycleMagnitudeDecay = Require.positive("cycle_magnitude_decay", cycleMagnitudeDecay);
        if (!cycleLength.isWhole() && !(Math.ceil(cycleLength.real() * cycleLengthDecay) >= 1)) {
            throw Require.bad("cycle_length_decay", cycleLengthDecay,
                    "gives a second cycle of 0 steps after cycle_length=" + cycleLength);
        }
    }

    public CycleShape shape() {
        return shape;
    }

    public CycleLength cycleLength() {
        return cycleLength;
    }

    public double cycleLengthDecay() {
        return cycleLengthDecay;
    }

    public double cycleMagnitudeDecay() {
        return cycleMagnitudeDecay;
    }

    /** The length that follows a whole cycle length, saturating at {@code Long.MAX_VALUE} (never ends). */
    public long nextLength(long length) {
        return ceilToLength((double) length * cycleLengthDecay);
    }

    /** The length of cycle 1, which follows the first length whether it is whole or real. */
    public long secondLength() {
        return ceilToLength(cycleLength.real() * cycleLengthDecay);
    }

    /** Python's {@code math.ceil} of the double product; past 2^63 the cycle never ends in a long step. */
    private static long ceilToLength(double product) {
        double next = Math.ceil(product);
        return next >= 0x1p63 ? Long.MAX_VALUE : (long) next;
    }

    /**
     * {@code cycle_magnitude_decay ** cycle}, as Python computes it.
     *
     * @throws ArithmeticException where that overflows, as Python's {@code OverflowError}
     */
    public double magnitude(long cycle) {
        if (cycleMagnitudeDecay == 1) {
            return 1;
        }
        double m = StrictMath.pow(cycleMagnitudeDecay, cycle);
        if (Double.isInfinite(m)) {
            throw new ArithmeticException("cycle_magnitude_decay ** " + cycle
                    + " overflows to infinity (the reference Python raises OverflowError here)");
        }
        return m;
    }

    @Override
    public double at(long step) {
        Require.step(step);
        return CyclicalLoop.at(this, step);
    }

    @Override
    public Spec spec() {
        return Spec.of("cyclical").put("shape", shape.spec()).put("cycle_length", cycleLength.specValue())
                .put("cycle_length_decay", cycleLengthDecay).put("cycle_magnitude_decay", cycleMagnitudeDecay)
                .build();
    }
}
