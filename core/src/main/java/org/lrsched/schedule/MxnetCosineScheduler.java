package org.lrsched.schedule;

import static org.lrsched.internal.Py.div;

import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.plan.Planned;
import org.lrsched.spec.Spec;

/**
 * MXNet's {@code CosineScheduler}: after warm-up, half a cosine from {@code base_lr} down to {@code final_lr}
 * until {@code max_update}, then the value reached there.
 */
public final class MxnetCosineScheduler extends AbstractSchedule implements Planned {
    private final long maxUpdate;
    private final double baseLr;
    private final double finalLr;
    private final MxnetWarmup warmup;
    private final long maxSteps;

    public MxnetCosineScheduler(long maxUpdate, double baseLr, double finalLr, MxnetWarmup warmup) {
        this.maxUpdate = Require.positive("max_update", maxUpdate);
        this.baseLr = Require.finite("base_lr", baseLr);
        this.finalLr = Require.finite("final_lr", finalLr);
        this.warmup = warmup;
        warmup.checkBelow(baseLr);
        if (warmup.steps() >= maxUpdate) {
            throw Require.bad("warmup_steps", warmup.steps(), "must be < max_update=" + maxUpdate);
        }
        this.maxSteps = maxUpdate - warmup.steps();
    }

    public long maxUpdate() {
        return maxUpdate;
    }

    public double baseLr() {
        return baseLr;
    }

    public double finalLr() {
        return finalLr;
    }

    public MxnetWarmup warmup() {
        return warmup;
    }

    @Override
    public double at(long step) {
        Require.step(step);
        if (warmup.covers(step)) {
            return warmup.at(step, baseLr);
        }
        long t = Math.min(step, maxUpdate) - warmup.steps(); // past max_update MXNet keeps the last value
        return finalLr + (baseLr - finalLr) * (1 + StrictMath.cos(div(Math.PI * t, maxSteps))) / 2;
    }

    /** A fresh MXNet scheduler first called past {@code max_update} never updated its {@code base_lr}. */
    @Override
    public double firstCallAt(long step) {
        Require.step(step);
        return step > maxUpdate ? baseLr : at(step);
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        long end = first + count;
        long s = warmup.plan(first, count, baseLr, sink);
        if (s < end && s <= maxUpdate) {
            long n = Math.min(end, maxUpdate + 1) - s;
            sink.mxnetCosine(n, s - warmup.steps(), maxSteps, baseLr - finalLr, finalLr);
            s += n;
        }
        if (s < end) {
            sink.constant(end - s, at(maxUpdate));
        }
    }

    @Override
    public Spec spec() {
        Spec.Builder spec = Spec.of("mxnet_cosine").put("max_update", maxUpdate).put("base_lr", baseLr)
                .put("final_lr", finalLr);
        warmup.putInto(spec);
        return spec.build();
    }
}
