package org.lrsched.schedule;

import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.plan.Planned;
import org.lrsched.spec.Spec;

/**
 * MXNet's {@code FactorScheduler}: after warm-up, {@code base_lr} multiplied by {@code factor} once every
 * {@code step} steps (the first decay comes at step {@code step + 1}), never below {@code stop_factor_lr}.
 */
public final class MxnetFactorScheduler extends AbstractSchedule implements Planned {
    private final long step;
    private final double factor;
    private final double stopFactorLr;
    private final double baseLr;
    private final MxnetWarmup warmup;
    private final DecayLevels levels;

    public MxnetFactorScheduler(long step, double factor, double stopFactorLr, double baseLr, MxnetWarmup warmup) {
        this.step = Require.positive("step", step);
        this.factor = Require.positive("factor", factor);
        if (factor > 1) {
            throw Require.bad("factor", factor, "must be <= 1 (a decay)");
        }
        this.stopFactorLr = Require.finite("stop_factor_lr", stopFactorLr);
        this.baseLr = Require.finite("base_lr", baseLr);
        this.warmup = warmup;
        warmup.checkBelow(baseLr);
        this.levels = new DecayLevels(baseLr, lr -> {
            double decayed = lr * factor;
            return decayed < stopFactorLr ? stopFactorLr : decayed;
        });
    }

    public long step() {
        return step;
    }

    public double factor() {
        return factor;
    }

    public double stopFactorLr() {
        return stopFactorLr;
    }

    public double baseLr() {
        return baseLr;
    }

    public MxnetWarmup warmup() {
        return warmup;
    }

    /** How many times the rate has been multiplied by {@code factor} at {@code step} (past the warm-up). */
    public long decaysAt(long at) {
        return at == 0 ? 0 : (at - 1) / step;
    }

    /** The rate after {@code decays} multiplications, as MXNet's loop leaves it. */
    public double level(long decays) {
        return levels.level(decays);
    }

    @Override
    public double at(long at) {
        Require.step(at);
        return warmup.covers(at) ? warmup.at(at, baseLr) : levels.level(decaysAt(at));
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        long end = first + count;
        long s = warmup.plan(first, count, baseLr, sink);
        while (s < end) {
            long decays = decaysAt(s);
            double level = levels.level(decays);
            if (levels.settledAt(decays)) {
                sink.constant(end - s, level);
                return;
            }
            long levelEnd = decays >= (Long.MAX_VALUE - 1) / step ? end : (decays + 1) * step + 1;
            long n = Math.min(end, levelEnd) - s;
            sink.constant(n, level);
            s += n;
        }
    }

    @Override
    public Spec spec() {
        Spec.Builder spec = Spec.of("mxnet_factor").put("step", step).put("factor", factor)
                .put("stop_factor_lr", stopFactorLr).put("base_lr", baseLr);
        warmup.putInto(spec);
        return spec.build();
    }
}
