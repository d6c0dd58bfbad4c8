package org.lrsched.schedule;

import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.plan.Planned;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;

/**
 * What MXNet's Poly and Cosine schedulers share: a warm-up, then a decay from {@code base_lr} to
 * {@code final_lr} over the {@code max_update - warmup_steps} steps up to {@code max_update}, then the value
 * reached there (in-order calls leave it in {@code base_lr}; a fresh instance first called later still holds
 * the original {@code base_lr}).
 */
abstract class MxnetDecayScheduler extends AbstractSchedule implements Planned {
    static final Param<Long> MAX_UPDATE = Param.of("max_update", Kinds.INTEGER, "the step where the decay ends")
            .rule("> 0", m -> m > 0);
    static final Param<Double> FINAL_LR = Param.of("final_lr", Kinds.REAL, "the rate at max_update and after")
            .orElse(0.0);

    final long maxUpdate;
    final double baseLr;
    final double finalLr;
    final MxnetWarmup warmup;
    /** {@code max_update - warmup_steps}: the decay's length. */
    final long maxSteps;

    MxnetDecayScheduler(long maxUpdate, double baseLr, double finalLr, MxnetWarmup warmup) {
        this.maxUpdate = MAX_UPDATE.require(maxUpdate);
        this.baseLr = MxnetParams.BASE_LR.require(baseLr);
        this.finalLr = FINAL_LR.require(finalLr);
        this.warmup = warmup;
        warmup.checkBelow(baseLr);
        Require.range("base_lr", baseLr, "final_lr", finalLr);
        if (warmup.steps() >= maxUpdate) {
            throw Require.bad("warmup_steps", warmup.steps(), "must be < max_update=" + maxUpdate);
        }
        this.maxSteps = maxUpdate - warmup.steps();
    }

    /**
     * The step where the decay ends.
     *
     * @return {@code max_update}
     */
    public long maxUpdate() {
        return maxUpdate;
    }

    /**
     * The rate after the warm-up.
     *
     * @return {@code base_lr}
     */
    public double baseLr() {
        return baseLr;
    }

    /**
     * The rate at {@code max_update} and after.
     *
     * @return {@code final_lr}
     */
    public double finalLr() {
        return finalLr;
    }

    /**
     * The warm-up before the decay.
     *
     * @return the warm-up
     */
    public MxnetWarmup warmup() {
        return warmup;
    }

    /** The decay {@code t} steps after the warm-up, {@code 0 <= t <= max_steps}. */
    abstract double decay(long t);

    /** Emits the decay's piece for {@code count} steps from {@code t0} steps after the warm-up. */
    abstract void planDecay(long count, long t0, PieceSink sink);

    @Override
    public final double at(long step) {
        Require.step(step);
        if (warmup.covers(step)) {
            return warmup.at(step, baseLr);
        }
        return decay(Math.min(step, maxUpdate) - warmup.steps()); // past max_update MXNet keeps the last value
    }

    @Override
    public final double firstCallAt(long step) {
        Require.step(step);
        return step > maxUpdate ? baseLr : at(step);
    }

    @Override
    public final void plan(long first, long count, PieceSink sink) {
        long end = first + count;
        long s = warmup.plan(first, count, baseLr, sink);
        if (s < end && s <= maxUpdate) {
            long n = Math.min(end, maxUpdate == Long.MAX_VALUE ? end : maxUpdate + 1) - s;
            planDecay(n, s - warmup.steps(), sink);
            s += n;
        }
        if (s < end) {
            sink.constant(end - s, at(maxUpdate));
        }
    }
}
