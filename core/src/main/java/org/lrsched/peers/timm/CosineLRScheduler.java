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

    /** The type {@code timm.CosineLRScheduler} of the spec language. */
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

    /**
     * The schedule.
     *
     * @param lr {@code lr}: the optimizer's lr, which timm reads as its base value (the peer's {@code optimizer})
     * @param tInitial {@code t_initial}: the length of the first cycle, {@code > 0}
     * @param lrMin {@code lr_min}: the rate at the end of every cycle, and after the last, {@code >= 0}, with
     *     {@code lr - lr_min} finite (timm's default 0.0)
     * @param cycleMul {@code cycle_mul}: each cycle lasts {@code cycle_mul} times the one before, {@code > 0} (a whole
     *     number gives exact integer cycles; timm's default 1.0)
     * @param cycleDecay {@code cycle_decay}: cycle {@code i} peaks at {@code lr * cycle_decay ** i}; a {@link Long} is
     *     a Python int (Python's exact int power), any other number a float (timm's default 1.0)
     * @param cycleLimit {@code cycle_limit}: cycles before {@code lr_min} for ever, {@code >= 0} (timm's default 1)
     * @param options the parameters of timm's {@code Scheduler} base class and its warm-up ({@code warmup_t},
     *     {@code warmup_lr_init}, {@code warmup_prefix}, {@code t_in_epochs}, noise, {@code initialize});
     *     {@link SchedulerOptions#defaults SchedulerOptions.defaults(false)} for timm's defaults
     * @param kDecay {@code k_decay}: k-decay, the position and the length enter as their k-th powers, {@code >= 0};
     *     a {@link Long} is a Python int (Python's exact int powers, at most 1024), any other number a float (timm's
     *     default 1.0)
     * @throws IllegalArgumentException naming the parameter that is out of range, or both rates where the
     *     warm-up's {@code target - warmup_lr_init} is not finite
     */
    public CosineLRScheduler(double lr, long tInitial, double lrMin, double cycleMul, Number cycleDecay,
            long cycleLimit, SchedulerOptions options, Number kDecay) {
        super(lr, tInitial, lrMin, cycleMul, cycleDecay, cycleLimit, options);
        this.kDecay = K_DECAY.require(kDecay);
        warmUpTo(lr);
    }

    /**
     * The k-decay: the position and the length enter as their k-th powers.
     *
     * @return {@code k_decay}, a {@link Long} for a Python int
     */
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
