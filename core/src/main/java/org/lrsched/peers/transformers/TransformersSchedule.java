package org.lrsched.peers.transformers;

import java.math.BigInteger;
import org.lrsched.Schedule;
import org.lrsched.formula.DivScale;
import org.lrsched.formula.Formula;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.plan.Planned;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;

/**
 * What transformers' schedules share: each is {@code LambdaLR(optimizer, lambda)}, so the value at a step is
 * {@code lr * lambda(step)} with the optimizer's initial {@code lr}; most start with the linear warm-up
 * {@code float(step) / float(max(1, num_warmup_steps))}. Equality and printing go through the spec.
 */
abstract class TransformersSchedule implements Schedule, Planned {
    static final Param<Double> LR = Param.of("lr", Kinds.REAL,
            "the optimizer's initial lr, which LambdaLR multiplies by the lambda");
    static final Param<Long> NUM_WARMUP_STEPS = Param.of("num_warmup_steps", Kinds.INTEGER,
            "steps of the warm-up (0: none)").rule(">= 0", w -> w >= 0);
    static final Param<Long> NUM_TRAINING_STEPS = Param.of("num_training_steps", Kinds.INTEGER,
            "the total number of training steps").rule(">= 0", t -> t >= 0);

    final double lr;

    TransformersSchedule(double lr) {
        this.lr = LR.require(lr);
    }

    /**
     * The optimizer's initial lr, which {@code LambdaLR} multiplies by the lambda.
     *
     * @return {@code lr}
     */
    public double lr() {
        return lr;
    }

    /** The warm-up's {@code lr * (float(step) / float(max(1, w)))}, in {@code DivScale}'s order (the same bits). */
    static DivScale warmup(double lr, long w) {
        return new DivScale((double) Math.max(1, w), 1.0, 0.0, lr);
    }

    /** {@code (pi * num_cycles) * 2.0}, Python's left-to-right order; refused where it overflows. */
    static double cosineFrequency(Param<Double> numCycles, double nc) {
        double k = Math.PI * nc * 2.0;
        if (!Double.isFinite(k)) {
            throw numCycles.bad(nc, "must keep math.pi * num_cycles * 2.0 finite (math.cos(inf) raises)");
        }
        return k;
    }

    /**
     * The steps of {@code [s, end)} before {@code phaseEnd} (exclusive; {@code Long.MAX_VALUE}: never ends within
     * a table) as one piece whose variable is {@code s - origin}; returns the first step not emitted.
     */
    static long piece(PieceSink sink, long s, long end, long phaseEnd, long origin, Formula formula) {
        long stop = Math.min(end, phaseEnd);
        if (s >= stop) {
            return s;
        }
        sink.piece(stop - s, s - origin, 1, formula);
        return stop;
    }

    /** The steps of {@code [s, end)} before {@code phaseEnd} as a constant; returns the first step not emitted. */
    static long constant(PieceSink sink, long s, long end, long phaseEnd, double value) {
        long stop = Math.min(end, phaseEnd);
        if (s >= stop) {
            return s;
        }
        sink.constant(stop - s, value);
        return stop;
    }

    /** {@code bound - 1} clamped to the longs: the last step before an exact phase end. */
    static long lastBefore(BigInteger bound) {
        BigInteger last = bound.subtract(BigInteger.ONE);
        if (last.bitLength() < 64) {
            return last.longValue();
        }
        return last.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
    }

    /** The exclusive end, for a plan, of a phase whose last step is {@code last} (plans never reach 2^63 - 1). */
    static long endAfter(long last) {
        return last == Long.MAX_VALUE ? Long.MAX_VALUE : last + 1;
    }

    static void step(long step) {
        Require.step(step);
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
