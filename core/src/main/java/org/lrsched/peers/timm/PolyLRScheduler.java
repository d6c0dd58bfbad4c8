package org.lrsched.peers.timm;

import java.math.BigInteger;
import org.lrsched.Spec;
import org.lrsched.formula.Formula;
import org.lrsched.formula.Poly;
import org.lrsched.formula.PowerPoly;
import org.lrsched.internal.ExactInts;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * timm's {@code PolyLRScheduler}: in cycle {@code i}, {@code lr_min + (lr_max - lr_min) * (1 - t_curr ** k / t_i
 * ** k) ** power} with {@code lr_max = lr * cycle_decay ** i}, {@code k = k_decay}; {@code lr_min} from cycle
 * {@code cycle_limit} on. With an int {@code k_decay} and whole cycles the quotient is Python's int / int of the
 * exact powers.
 *
 * <p>Pieces: one per cycle: {@link Poly} (the same operations) for whole cycles and {@code k_decay = 1.0}, {@link
 * PowerPoly} otherwise.
 */
public final class PolyLRScheduler extends CycleScheduler {
    private static final Param<Double> POWER = Param.of("power", Kinds.REAL, "the power of (1 - t_curr / t_i)")
            .rule(">= 0", p -> p >= 0).orElse(0.5);

    /** The type {@code timm.PolyLRScheduler} of the spec language. */
    public static final ScheduleType<PolyLRScheduler> TYPE = SchedulerOptions.declare(
            ScheduleType.<PolyLRScheduler>of("timm.PolyLRScheduler", "timm's PolyLRScheduler: polynomial cycles"
                            + " with warm-up, cycle_mul, cycle_decay, cycle_limit and k-decay; exact cycles")
                    .param(LR, PolyLRScheduler::lr)
                    .param(T_INITIAL, PolyLRScheduler::tInitial)
                    .param(POWER, PolyLRScheduler::power)
                    .param(LR_MIN, PolyLRScheduler::lrMin)
                    .param(CYCLE_MUL, PolyLRScheduler::cycleMul)
                    .param(CYCLE_DECAY, PolyLRScheduler::cycleDecay)
                    .param(CYCLE_LIMIT, PolyLRScheduler::cycleLimit), SchedulerOptions.PREFIX_FALSE)
            .param(K_DECAY, PolyLRScheduler::kDecay)
            .param(SchedulerOptions.INITIALIZE, s -> s.options().initialize())
            .example("timm.PolyLRScheduler(lr=0.1, t_initial=1000, power=2.0, lr_min=1e-05, warmup_t=10,"
                    + " warmup_lr_init=1e-06)")
            .build(v -> new PolyLRScheduler(v.get(LR), v.get(T_INITIAL), v.get(POWER), v.get(LR_MIN),
                    v.get(CYCLE_MUL), v.get(CYCLE_DECAY), v.get(CYCLE_LIMIT),
                    SchedulerOptions.of(v, SchedulerOptions.PREFIX_FALSE), v.get(K_DECAY)));

    private final double power;
    private final Number kDecay;

    /**
     * The schedule.
     *
     * @param lr {@code lr}: the optimizer's lr, which timm reads as its base value (the peer's {@code optimizer})
     * @param tInitial {@code t_initial}: the length of the first cycle, {@code > 0}
     * @param power {@code power}: the power of {@code (1 - t_curr / t_i)}, {@code >= 0} (timm's default 0.5)
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
    public PolyLRScheduler(double lr, long tInitial, double power, double lrMin, double cycleMul, Number cycleDecay,
            long cycleLimit, SchedulerOptions options, Number kDecay) {
        super(lr, tInitial, lrMin, cycleMul, cycleDecay, cycleLimit, options);
        this.power = POWER.require(power);
        this.kDecay = K_DECAY.require(kDecay);
        warmUpTo(lr);
    }

    /**
     * The power of {@code (1 - t_curr / t_i)}.
     *
     * @return {@code power}
     */
    public double power() {
        return power;
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
        if (c.whole() && kDecay instanceof Double k && k == 1) {
            return new Poly(c.lengthDouble(), power, r, lrMin());
        }
        if (c.whole() && kDecay instanceof Long whole) {
            BigInteger b = ExactInts.power(c.length(), whole);
            return new PowerPoly(b.doubleValue(), power, r, lrMin(), 0, whole, b);
        }
        double k = kDecay.doubleValue();
        double b = k == 1 ? c.lengthDouble() : StrictMath.pow(c.lengthDouble(), k);
        return new PowerPoly(b, power, r, lrMin(), c.whole() ? 0 : c.offset(), k, null);
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
