package org.lrsched.schedule;

import static org.lrsched.internal.Py.div;

import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Spec;

/**
 * MXNet's {@code CosineScheduler}: after warm-up, half a cosine from {@code base_lr} down to {@code final_lr}
 * until {@code max_update}, then the value reached there.
 */
public final class MxnetCosineScheduler extends MxnetDecayScheduler {

    public MxnetCosineScheduler(long maxUpdate, double baseLr, double finalLr, MxnetWarmup warmup) {
        super(maxUpdate, baseLr, finalLr, warmup);
    }

    @Override
    double decay(long t) {
        return finalLr + (baseLr - finalLr) * (1 + StrictMath.cos(div(Math.PI * t, maxSteps))) / 2;
    }

    @Override
    void planDecay(long count, long t0, PieceSink sink) {
        sink.mxnetCosine(count, t0, maxSteps, baseLr - finalLr, finalLr);
    }

    @Override
    public Spec spec() {
        Spec.Builder spec = Spec.of("mxnet_cosine").put("max_update", maxUpdate).put("base_lr", baseLr)
                .put("final_lr", finalLr);
        warmup.putInto(spec);
        return spec.build();
    }
}
