package org.lrsched.schedule;

import static org.lrsched.internal.Py.div;

import org.lrsched.Spec;
import org.lrsched.formula.Poly;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * MXNet's {@code PolyScheduler}: after warm-up, from {@code base_lr} down to {@code final_lr} along
 * {@code (1 - t)^pwr} until {@code max_update}, then the value reached there.
 *
 * <pre>{@code
 * // mxnet_poly(max_update=1000, base_lr=0.1, pwr=2, final_lr=0)
 * Schedule poly = new MxnetPolyScheduler(1000, 0.1, 2, 0, MxnetWarmup.NONE);
 * }</pre>
 */
public final class MxnetPolyScheduler extends MxnetDecayScheduler {
    private static final Param<Double> PWR = Param.of("pwr", Kinds.REAL, "the power of (1 - t)")
            .rule(">= 0", p -> p >= 0).orElse(2.0);

    /** The type {@code mxnet_poly} of the spec language. */
    public static final ScheduleType<MxnetPolyScheduler> TYPE = MxnetWarmup.declare(
            ScheduleType.<MxnetPolyScheduler>of("mxnet_poly", "MXNet's PolyScheduler: after a warm-up, from base_lr"
                            + " to final_lr along (1 - t)^pwr until max_update")
                    .param(MAX_UPDATE, MxnetPolyScheduler::maxUpdate)
                    .param(MxnetParams.BASE_LR, MxnetPolyScheduler::baseLr)
                    .param(PWR, MxnetPolyScheduler::pwr)
                    .param(FINAL_LR, MxnetPolyScheduler::finalLr), MxnetPolyScheduler::warmup)
            .example("mxnet_poly(max_update=1000, base_lr=0.1, pwr=2, final_lr=0)")
            .build(v -> new MxnetPolyScheduler(v.get(MAX_UPDATE), v.get(MxnetParams.BASE_LR), v.get(PWR),
                    v.get(FINAL_LR), MxnetWarmup.of(v)));

    private final double pwr;

    /**
     * The scheduler.
     *
     * @param maxUpdate {@code max_update}: the step where the decay ends, {@code > warmup_steps}
     * @param baseLr {@code base_lr}: the rate after the warm-up
     * @param pwr {@code pwr}: the power of {@code (1 - t)}, {@code >= 0}
     * @param finalLr {@code final_lr}: the rate at {@code max_update} and after
     * @param warmup the warm-up before it: {@link MxnetWarmup#NONE}, or {@code new MxnetWarmup(steps, beginLr, mode)}
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public MxnetPolyScheduler(long maxUpdate, double baseLr, double pwr, double finalLr, MxnetWarmup warmup) {
        super(maxUpdate, baseLr, finalLr, warmup);
        this.pwr = PWR.require(pwr);
    }

    /**
     * The power of {@code (1 - t)}.
     *
     * @return {@code pwr}
     */
    public double pwr() {
        return pwr;
    }

    @Override
    double decay(long t) {
        return finalLr + (baseLr - finalLr) * StrictMath.pow(1 - div(t, maxSteps), pwr);
    }

    @Override
    void planDecay(long count, long t0, PieceSink sink) {
        sink.piece(count, t0, 1, new Poly(maxSteps, pwr, baseLr - finalLr, finalLr));
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
