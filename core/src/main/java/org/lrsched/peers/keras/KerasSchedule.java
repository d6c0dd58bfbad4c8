package org.lrsched.peers.keras;

import org.lrsched.Schedule;
import org.lrsched.formula.Formula;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.plan.Planned;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;

/**
 * What Keras' schedules share: Keras' tensor expression evaluated in binary64 on a 64-bit step (Keras itself casts
 * both to the dtype of {@code initial_learning_rate}, float32 for a Python float), with floors, ceilings and
 * cycles taken exactly on the integers. Equality and printing go through the spec.
 */
abstract class KerasSchedule implements Schedule, Planned {
    static final Param<Double> INITIAL_LEARNING_RATE = Param.of("initial_learning_rate", Kinds.REAL,
            "the rate at step 0");
    static final Param<Long> DECAY_STEPS = Param.of("decay_steps", Kinds.INTEGER, "steps of one decay period")
            .rule("> 0", d -> d > 0);
    static final Param<Boolean> STAIRCASE = Param.of("staircase", Kinds.BOOLEAN,
            "decay in whole periods of decay_steps").orElse(false);

    static void step(long step) {
        Require.step(step);
    }

    /** {@code a + b} for {@code a, b >= 0}, {@code Long.MAX_VALUE} where it would pass every long. */
    static long saturatedAdd(long a, long b) {
        return a > Long.MAX_VALUE - b ? Long.MAX_VALUE : a + b;
    }

    /** {@code a * b} for {@code a, b >= 0}, {@code Long.MAX_VALUE} where it would pass every long. */
    static long saturatedMultiply(long a, long b) {
        return Math.multiplyHigh(a, b) != 0 || a * b < 0 ? Long.MAX_VALUE : a * b;
    }

    /** As transformers' helper: the steps of {@code [s, end)} before {@code phaseEnd}, variable {@code s - origin}. */
    static long piece(PieceSink sink, long s, long end, long phaseEnd, long origin, Formula formula) {
        long stop = Math.min(end, phaseEnd);
        if (s >= stop) {
            return s;
        }
        sink.piece(stop - s, s - origin, 1, formula);
        return stop;
    }

    static long constant(PieceSink sink, long s, long end, long phaseEnd, double value) {
        long stop = Math.min(end, phaseEnd);
        if (s >= stop) {
            return s;
        }
        sink.constant(stop - s, value);
        return stop;
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof Schedule && o.getClass() == getClass() && spec().equals(((Schedule) o).spec());
    }

    @Override
    public final int hashCode() {
        return spec().hashCode();
    }

    @Override
    public final String toString() {
        return spec().toString();
    }
}
