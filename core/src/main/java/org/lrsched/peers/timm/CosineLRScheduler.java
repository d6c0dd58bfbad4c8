package org.lrsched.peers.timm;

import org.lrsched.Spec;
import org.lrsched.formula.Formula;
import org.lrsched.formula.MxnetCosine;
import org.lrsched.formula.PowerCosine;
import org.lrsched.internal.ExactInts;
import org.lrsched.spec.ScheduleType;

/**
 * timm's {@code CosineLRScheduler}: in cycle {@code i}, {@code lr_min + 0.5 * (lr_max - lr_min) * (1 + cos(pi *
 * t_curr ** k / t_i ** k))} with {@code lr_max = lr * cycle_decay ** i}, {@code k = k_decay}; {@code lr_min}
 * from cycle {@code cycle_limit} on. See {@link TimmCycles} for the cycles and {@link TimmScheduler} for the
 * warm-up.
 *
 * <p>Pieces: one per cycle. With {@code k_decay == 1} and whole cycles the formula is {@link MxnetCosine}, which
 * computes {@code c + (r * w) / 2} where timm computes {@code c + (0.5 * r) * w}: the same double whenever no
 * product is subnormal, i.e. for {@code |r| >= 2^-968} or {@code r == 0} ({@code w = 1 + cos(..)} is 0 or at least
 * 2^-53, and halving commutes with rounding among normal numbers); otherwise, and for every other case, {@link
 * PowerCosine} in timm's own order.
 */
public final class CosineLRScheduler extends CycleScheduler {
    /** Below this |lr_max - lr_min| a product of the two orders could be subnormal and round differently. */
    private static final double SAME_ORDER = 0x1p-968;

    public static final ScheduleType<CosineLRScheduler> TYPE = SchedulerOptions.declare(
            ScheduleType.<CosineLRScheduler>of("timm.CosineLRScheduler", "timm's CosineLRScheduler: cosine cycles"
                            + " with warm-up, cycle_mul, cycle_decay, cycle_limit and k-decay; exact cycles")
                    .param(LR, CosineLRScheduler::lr)
                    .param(T_INITIAL, CosineLRScheduler::tInitial)
                    .param(LR_MIN, CosineLRScheduler::lrMin)
                    .param(CYCLE_MUL, CosineLRScheduler::cycleMul)
                    .param(CYCLE_DECAY, CosineLRScheduler::cycleDecay)
                    .param(CYCLE_LIMIT, CosineLRScheduler::cycleLimit), SchedulerOptions.PREFIX_FALSE)
            .param(K_DECAY, CosineLRScheduler::kDecay)
            .param(SchedulerOptions.INITIALIZE, s -> s.options().initialize())
            .example("timm.CosineLRScheduler(lr=0.1, t_initial=1000, lr_min=1e-05, cycle_mul=2, cycle_decay=0.5,"
                    + " cycle_limit=3, warmup_t=10, warmup_lr_init=1e-06)")
            .build(v -> new CosineLRScheduler(v.get(LR), v.get(T_INITIAL), v.get(LR_MIN), v.get(CYCLE_MUL),
                    v.get(CYCLE_DECAY), v.get(CYCLE_LIMIT), SchedulerOptions.of(v, SchedulerOptions.PREFIX_FALSE),
                    v.get(K_DECAY)));

    private final Number kDecay;

    public CosineLRScheduler(double lr, long tInitial, double lrMin, double cycleMul, Number cycleDecay,
            long cycleLimit, SchedulerOptions options, Number kDecay) {
        super(lr, tInitial, lrMin, cycleMul, cycleDecay, cycleLimit, options);
        this.kDecay = K_DECAY.require(kDecay);
        warmUpTo(lr);
    }

    public Number kDecay() {
        return kDecay;
    }

    @Override
    Formula formula(TimmCycles.Found c, double lrMax) {
        double r = lrMax - lrMin();
        double k = kDecay.doubleValue();
        if (c.whole() && k == 1 && (r == 0 || Math.abs(r) >= SAME_ORDER)) {
            return new MxnetCosine(c.lengthDouble(), r, lrMin());
        }
        double h = 0.5 * r;
        if (c.whole() && kDecay instanceof Long whole) {
            return new PowerCosine(ExactInts.powerToDouble(c.length(), whole), h, lrMin(), 0, whole, true);
        }
        double b = k == 1 ? c.lengthDouble() : StrictMath.pow(c.lengthDouble(), k);
        return new PowerCosine(b, h, lrMin(), c.whole() ? 0 : c.offset(), k, false);
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
