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

    public PolyLRScheduler(double lr, long tInitial, double power, double lrMin, double cycleMul, Number cycleDecay,
            long cycleLimit, SchedulerOptions options, Number kDecay) {
        super(lr, tInitial, lrMin, cycleMul, cycleDecay, cycleLimit, options);
        this.power = POWER.require(power);
        this.kDecay = K_DECAY.require(kDecay);
        warmUpTo(lr);
    }

    public double power() {
        return power;
    }

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
