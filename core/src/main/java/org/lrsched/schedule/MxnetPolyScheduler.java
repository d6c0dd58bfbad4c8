package org.lrsched.schedule;

import static org.lrsched.internal.Py.div;

import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.plan.Planned;
import org.lrsched.spec.Spec;

/**
 * MXNet's {@code PolyScheduler}: after warm-up, from {@code base_lr} down to {@code final_lr} along
 * {@code (1 - t)^pwr} until {@code max_update}, then the value reached there.
 */
public final class MxnetPolyScheduler extends AbstractSchedule implements Planned {
    private final long maxUpdate;
    private final double baseLr;
    private final double pwr;
    private final double finalLr;
    private final MxnetWarmup warmup;
    private final long maxSteps;

    public MxnetPolyScheduler(long maxUpdate, double baseLr, double pwr, double finalLr, MxnetWarmup warmup) {
        this.maxUpdate = Require.positive("max_update", maxUpdate);
        this.baseLr = Require.finite("base_lr", baseLr);
        this.pwr = Require.nonNegative("pwr", pwr);
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

    public double pwr() {
        return pwr;
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
        return finalLr + (baseLr - finalLr) * StrictMath.pow(1 - div(t, maxSteps), pwr);
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
            sink.poly(n, s - warmup.steps(), maxSteps, pwr, baseLr - finalLr, finalLr);
            s += n;
        }
        if (s < end) {
            sink.constant(end - s, at(maxUpdate));
        }
    }

    @Override
    public Spec spec() {
        Spec.Builder spec = Spec.of("mxnet_poly").put("max_update", maxUpdate).put("base_lr", baseLr)
                .put("pwr", pwr).put("final_lr", finalLr);
        warmup.putInto(spec);
        return spec.build();
    }
}
