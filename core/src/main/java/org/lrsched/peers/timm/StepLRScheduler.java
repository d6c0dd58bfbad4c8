package org.lrsched.peers.timm;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.lrsched.Spec;
import org.lrsched.internal.ExactInts;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * timm's {@code StepLRScheduler}: {@code lr * decay_rate ** (t // decay_t)} after the warm-up (which is a prefix by
 * default here). {@code t // decay_t} is Python's: an int for an int {@code decay_t}, a float holding the floor
 * for a float one (EfficientNet's {@code decay_t=2.4}: 0, 0, 0, 1, 1, 2, ...), taken here exactly, past 2^53 too
 * (timm's float division rounds {@code t} there first).
 *
 * <p>Pieces: one constant per level.
 */
public final class StepLRScheduler extends TimmScheduler {
    private static final Param<Number> DECAY_T = Param.of("decay_t", Kinds.NUMBER, "steps per decay (a float is"
            + " allowed: levels change at ceil(n * decay_t))").rule("> 0", d -> d.doubleValue() > 0);
    private static final Param<Number> DECAY_RATE = Param.of("decay_rate", Kinds.NUMBER, "the factor per decay (an"
            + " int: Python's exact int power)").orElse(1.0);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** The type {@code timm.StepLRScheduler} of the spec language. */
    public static final ScheduleType<StepLRScheduler> TYPE = SchedulerOptions.declare(
            ScheduleType.<StepLRScheduler>of("timm.StepLRScheduler", "timm's StepLRScheduler: lr * decay_rate ** (t"
                            + " // decay_t) after a warm-up")
                    .param(LR, StepLRScheduler::lr)
                    .param(DECAY_T, StepLRScheduler::decayT)
                    .param(DECAY_RATE, StepLRScheduler::decayRate), SchedulerOptions.PREFIX_TRUE)
            .param(SchedulerOptions.INITIALIZE, s -> s.options().initialize())
            .example("timm.StepLRScheduler(lr=0.1, decay_t=2.4, decay_rate=0.97, warmup_t=3, warmup_lr_init=1e-06)")
            .build(v -> new StepLRScheduler(v.get(LR), v.get(DECAY_T), v.get(DECAY_RATE),
                    SchedulerOptions.of(v, SchedulerOptions.PREFIX_TRUE)));

    private final Number decayT;
    private final Number decayRate;
    /** decay_t's exact value, for a float one. */
    private final BigDecimal exactDecayT;
    /** {@code decay_rate ** n} for the first levels. */
    private final double[] gammas = new double[256];

    /**
     * The schedule.
     *
     * @param lr {@code lr}: the optimizer's lr, which timm reads as its base value (the peer's {@code optimizer})
     * @param decayT {@code decay_t}: steps per decay, {@code > 0}; a {@link Long} is a Python int, any other number a
     *     float (allowed: levels change at {@code ceil(n * decay_t)})
     * @param decayRate {@code decay_rate}: the factor per decay; a {@link Long} is a Python int (Python's exact int
     *     power), any other number a float (timm's default 1.0)
     * @param options the parameters of timm's {@code Scheduler} base class and its warm-up ({@code warmup_t},
     *     {@code warmup_lr_init}, {@code warmup_prefix}, {@code t_in_epochs}, noise, {@code initialize});
     *     {@link SchedulerOptions#defaults SchedulerOptions.defaults(true)} for timm's defaults
     * @throws IllegalArgumentException naming the parameter that is out of range, or both rates where the
     *     warm-up's {@code target - warmup_lr_init} is not finite
     */
    public StepLRScheduler(double lr, Number decayT, Number decayRate, SchedulerOptions options) {
        super(lr, options);
        this.decayT = DECAY_T.require(decayT);
        this.decayRate = DECAY_RATE.require(decayRate);
        this.exactDecayT = decayT instanceof Long ? null : new BigDecimal(decayT.doubleValue());
        for (int n = 0; n < gammas.length; n++) {
            gammas[n] = decayT instanceof Long && decayRate instanceof Long r ? ExactInts.powerToDouble(r, n)
                    : StrictMath.pow(decayRate.doubleValue(), n);
        }
        warmUpTo(lr);
    }

    /**
     * Steps per decay.
     *
     * @return {@code decay_t}, a {@link Long} for a Python int
     */
    public Number decayT() {
        return decayT;
    }

    /**
     * The factor per decay.
     *
     * @return {@code decay_rate}, a {@link Long} for a Python int
     */
    public Number decayRate() {
        return decayRate;
    }

    @Override
    double main(long t) {
        if (decayT instanceof Long d) {
            return lr() * power(t / d);
        }
        return lr() * power(floatLevel(t));
    }

    /** {@code decay_rate ** n} for Python's int {@code n}. */
    private double power(long n) {
        double g = n < gammas.length ? gammas[(int) n] : decayRate instanceof Long r ? ExactInts.powerToDouble(r, n)
                : StrictMath.pow(decayRate.doubleValue(), n);
        return checked(g, n);
    }

    /** {@code decay_rate ** n} for Python's float {@code n} (a whole one: float ** float is pow). */
    private double power(double n) {
        return checked(n < gammas.length ? gammas[(int) n] : StrictMath.pow(decayRate.doubleValue(), n), n);
    }

    private static double checked(double g, Object n) {
        if (Double.isInfinite(g)) {
            throw new StepError("decay_rate ** " + n + " overflows (the reference Python raises OverflowError)");
        }
        return g;
    }

    /** {@code t // decay_t} for a float decay_t: the exact floor, as a float. */
    private double floatLevel(long t) {
        double d = decayT.doubleValue();
        if (t <= 1L << 53) {
            double n = Math.floor(t / d);
            if (n < 0x1p52) { // n and n + 1 are exact; fma's sign is the exact sign of n * d - t
                while (n > 0 && Math.fma(n, d, -t) > 0) {
                    n--;
                }
                while (Math.fma(n + 1, d, -t) <= 0) {
                    n++;
                }
                return n;
            }
        }
        return exactLevel(t).doubleValue();
    }

    private BigInteger exactLevel(long t) {
        return new BigDecimal(t).divide(exactDecayT, 0, RoundingMode.FLOOR).toBigIntegerExact();
    }

    @Override
    void planMain(long from, long end, long base, PieceSink sink) {
        long s = from;
        while (s < end) {
            long t = s - base;
            long next; // the first t of the next level, or -1: none below 2^63
            if (decayT instanceof Long d) {
                long n = t / d;
                next = Math.multiplyHigh(n + 1, d) == 0 && (n + 1) * d >= 0 ? (n + 1) * d : -1;
            } else {
                BigInteger n = exactLevel(t);
                BigInteger first = new BigDecimal(n.add(BigInteger.ONE)).multiply(exactDecayT)
                        .setScale(0, RoundingMode.CEILING).toBigIntegerExact();
                next = first.compareTo(LONG_MAX) <= 0 ? first.longValueExact() : -1;
            }
            long stop = next < 0 || next > Long.MAX_VALUE - base ? end : Math.min(end, base + next);
            sink.constant(stop - s, main(t));
            s = stop;
        }
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
