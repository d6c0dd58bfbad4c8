package org.lrsched.schedule;

import static org.lrsched.internal.Py.div;

import org.lrsched.Spec;
import org.lrsched.internal.Require;
import org.lrsched.formula.MxnetCosine;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.ScheduleType;

/**
 * MXNet's {@code CosineScheduler}: after warm-up, half a cosine from {@code base_lr} down to {@code final_lr}
 * until {@code max_update}, then the value reached there.
 *
 * <pre>{@code
 * // mxnet_cosine(max_update=1000, base_lr=0.1, final_lr=0.001, warmup_steps=100)
 * Schedule cosine = new MxnetCosineScheduler(1000, 0.1, 0.001, new MxnetWarmup(100, 0, MxnetWarmup.Mode.LINEAR));
 * }</pre>
 */
public final class MxnetCosineScheduler extends MxnetDecayScheduler {
    /** The type {@code mxnet_cosine} of the spec language. */
    public static final ScheduleType<MxnetCosineScheduler> TYPE = MxnetWarmup.declare(
            ScheduleType.<MxnetCosineScheduler>of("mxnet_cosine", "MXNet's CosineScheduler: after a warm-up, half a"
                            + " cosine from base_lr to final_lr until max_update")
                    .param(MAX_UPDATE, MxnetCosineScheduler::maxUpdate)
                    .param(MxnetParams.BASE_LR, MxnetCosineScheduler::baseLr)
                    .param(FINAL_LR, MxnetCosineScheduler::finalLr), MxnetCosineScheduler::warmup)
            .example("mxnet_cosine(max_update=1000, base_lr=0.1, final_lr=0.001, warmup_steps=100)")
            .build(v -> new MxnetCosineScheduler(v.get(MAX_UPDATE), v.get(MxnetParams.BASE_LR), v.get(FINAL_LR),
                    MxnetWarmup.of(v)));

    /**
     * The scheduler.
     *
     * @param maxUpdate {@code max_update}: the step where the decay ends, {@code > warmup_steps}
     * @param baseLr {@code base_lr}: the rate after the warm-up
     * @param finalLr {@code final_lr}: the rate at {@code max_update} and after
     * @param warmup the warm-up before it: {@link MxnetWarmup#NONE}, or {@code new MxnetWarmup(steps, beginLr, mode)}
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public MxnetCosineScheduler(long maxUpdate, double baseLr, double finalLr, MxnetWarmup warmup) {
        super(maxUpdate, baseLr, finalLr, warmup);
        Require.product("(base_lr - final_lr) x (1 + cos 0)", baseLr - finalLr, 2); // MXNet halves after the sum
    }

    @Override
    double decay(long t) {
        return finalLr + (baseLr - finalLr) * (1 + StrictMath.cos(div(Math.PI * t, maxSteps))) / 2;
    }

    @Override
    void planDecay(long count, long t0, PieceSink sink) {
        sink.piece(count, t0, 1, new MxnetCosine(maxSteps, baseLr - finalLr, finalLr));
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
