package org.lrsched.schedule;

import static org.lrsched.internal.Py.div;

import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Spec;

/**
 * MXNet's {@code PolyScheduler}: after warm-up, from {@code base_lr} down to {@code final_lr} along
 * {@code (1 - t)^pwr} until {@code max_update}, then the value reached there.
 */
public final class MxnetPolyScheduler extends MxnetDecayScheduler {
    private final double pwr;

    public MxnetPolyScheduler(long maxUpdate, double baseLr, double pwr, double finalLr, MxnetWarmup warmup) {
        super(maxUpdate, baseLr, finalLr, warmup);
        this.pwr = Require.nonNegative("pwr", pwr);
    }

    public double pwr() {
        return pwr;
    }

    @Override
    double decay(long t) {
        return finalLr + (baseLr - finalLr) * StrictMath.pow(1 - div(t, maxSteps), pwr);
    }

    @Override
    void planDecay(long count, long t0, PieceSink sink) {
        sink.poly(count, t0, maxSteps, pwr, baseLr - finalLr, finalLr);
    }

    @Override
    public Spec spec() {
        Spec.Builder spec = Spec.of("mxnet_poly").put("max_update", maxUpdate).put("base_lr", baseLr)
                .put("pwr", pwr).put("final_lr", finalLr);
        warmup.putInto(spec);
        return spec.build();
    }
}
