package org.lrsched.peers.timm;

import org.lrsched.Spec;
import org.lrsched.formula.Formula;
import org.lrsched.formula.TanhRamp;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * timm's {@code TanhLRScheduler}: in cycle {@code i}, {@code lr_min + 0.5 * (lr_max - lr_min) * (1 - tanh(lb *
 * (1 - tr) + ub * tr))} with {@code tr = t_curr / t_i}, {@code lr_max = lr * cycle_decay ** i}; {@code lr_min}
 * from cycle {@code cycle_limit} on. For whole cycles {@code t_curr / t_i} is Python's int / int, the exact ratio
 * rounded once. Without {@code warmup_prefix}, the warm-up climbs to the formula's value at {@code warmup_t}
 * (timm's {@code _get_lr(warmup_t)} in its constructor), not to {@code lr}.
 *
 * <p>Pieces: one {@link TanhRamp} per cycle.
 */
public final class TanhLRScheduler extends CycleScheduler {
    private static final Param<Double> LB = Param.of("lb", Kinds.REAL, "the tanh argument at the start of each cycle,"
            + " below ub").orElse(-7.0);
    private static final Param<Double> UB = Param.of("ub", Kinds.REAL, "the tanh argument at the end of each cycle")
            .orElse(3.0);

    /** The type {@code timm.TanhLRScheduler} of the spec language. */
    public static final ScheduleType<TanhLRScheduler> TYPE = SchedulerOptions.declare(
            ScheduleType.<TanhLRScheduler>of("timm.TanhLRScheduler", "timm's TanhLRScheduler: hyperbolic-tangent"
                            + " cycles with warm-up, cycle_mul, cycle_decay and cycle_limit; exact cycles")
                    .param(LR, TanhLRScheduler::lr)
                    .param(T_INITIAL, TanhLRScheduler::tInitial)
                    .param(LB, TanhLRScheduler::lb)
                    .param(UB, TanhLRScheduler::ub)
                    .param(LR_MIN, TanhLRScheduler::lrMin)
                    .param(CYCLE_MUL, TanhLRScheduler::cycleMul)
                    .param(CYCLE_DECAY, TanhLRScheduler::cycleDecay)
                    .param(CYCLE_LIMIT, TanhLRScheduler::cycleLimit), SchedulerOptions.PREFIX_FALSE)
            .param(SchedulerOptions.INITIALIZE, s -> s.options().initialize())
            .example("timm.TanhLRScheduler(lr=0.1, t_initial=1000, lr_min=1e-05, warmup_t=10, warmup_lr_init=1e-06)")
            .build(v -> new TanhLRScheduler(v.get(LR), v.get(T_INITIAL), v.get(LB), v.get(UB), v.get(LR_MIN),
                    v.get(CYCLE_MUL), v.get(CYCLE_DECAY), v.get(CYCLE_LIMIT),
                    SchedulerOptions.of(v, SchedulerOptions.PREFIX_FALSE)));

    private final double lb;
    private final double ub;

    /**
     * The schedule.
     *
     * @param lr {@code lr}: the optimizer's lr, which timm reads as its base value (the peer's {@code optimizer})
     * @param tInitial {@code t_initial}: the length of the first cycle, {@code > 0}
     * @param lb {@code lb}: the tanh argument at the start of each cycle, below {@code ub} (timm's default -7.0)
     * @param ub {@code ub}: the tanh argument at the end of each cycle (timm's default 3.0)
     * @param lrMin {@code lr_min}: the rate at the end of every cycle, and after the last, {@code >= 0}, with
     *     {@code lr - lr_min} finite (timm's default 0.0)
     * @param cycleMul {@code cycle_mul}: each cycle lasts {@code cycle_mul} times the one before, {@code > 0} (a whole
     *     number gives exact integer cycles; timm's default 1.0)
     * @param cycleDecay {@code cycle_decay}: cycle {@code i} peaks at {@code lr * cycle_decay ** i}; a {@link Long} is
     *     a Python int (Python's exact int power), any other number a float (timm's default 1.0)
     * @param cycleLimit {@code cycle_limit}: cycles before {@code lr_min} for ever, {@code >= 0} (timm's default 1)
     * @param options the parameters of timm's {@code Scheduler} base class and its warm-up ({@code warmup_t},
     *     {@code warmup_lr_init} {@code >= 0}, {@code warmup_prefix}, {@code t_in_epochs}, noise, {@code initialize});
     *     {@link SchedulerOptions#defaults SchedulerOptions.defaults(false)} for timm's defaults
     * @throws IllegalArgumentException naming the parameter that is out of range, or both rates where the
     *     warm-up's {@code target - warmup_lr_init} is not finite
     */
    public TanhLRScheduler(double lr, long tInitial, double lb, double ub, double lrMin, double cycleMul,
            Number cycleDecay, long cycleLimit, SchedulerOptions options) {
        super(lr, tInitial, lrMin, cycleMul, cycleDecay, cycleLimit, options);
        this.lb = LB.require(lb);
        this.ub = UB.require(ub);
        if (!(lb < ub)) {
            throw LB.bad(lb, "must be < ub=" + ub);
        }
        if (options.warmupLrInit() < 0) {
            throw SchedulerOptions.WARMUP_LR_INIT.bad(options.warmupLrInit(), "must be >= 0");
        }
        warmUpTo(options.warmupPrefix() || options.warmupT() == 0 ? lr : main(options.warmupT()));
    }

    /**
     * The tanh argument at the start of each cycle.
     *
     * @return {@code lb}
     */
    public double lb() {
        return lb;
    }

    /**
     * The tanh argument at the end of each cycle.
     *
     * @return {@code ub}
     */
    public double ub() {
        return ub;
    }

    @Override
    Formula formula(TimmCycles.Found c, double lrMax) {
        double h = 0.5 * (lrMax - lrMin());
        return new TanhRamp(c.lengthDouble(), lb, ub, h, lrMin(), c.whole() ? 0 : c.offset(),
                c.whole() ? c.length() : null);
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
