package org.lrsched.peers.timm;

import org.lrsched.Spec;
import org.lrsched.internal.ExactInts;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * timm's {@code MultiStepLRScheduler}: {@code lr * decay_rate ** bisect_right(decay_t, t + 1)} after the warm-up
 * (a prefix by default here): each decay comes one step before its milestone (milestone 10 decays from t = 9), as
 * timm computes it.
 *
 * <p>Pieces: one constant per level.
 */
public final class MultiStepLRScheduler extends TimmScheduler {
    private static final Param<long[]> DECAY_T = Param.of("decay_t", Kinds.STEPS, "the milestones, sorted (each"
            + " decays from the step before it)")
            .rule("a list of steps >= 0", d -> java.util.Arrays.stream(d).allMatch(x -> x >= 0))
            .rule("sorted (timm's bisect assumes it)", MultiStepLRScheduler::sorted);
    private static final Param<Number> DECAY_RATE = Param.of("decay_rate", Kinds.NUMBER, "the factor per milestone"
            + " (an int: Python's exact int power)").orElse(1.0);

    /** The type {@code timm.MultiStepLRScheduler} of the spec language. */
    public static final ScheduleType<MultiStepLRScheduler> TYPE = SchedulerOptions.declare(
            ScheduleType.<MultiStepLRScheduler>of("timm.MultiStepLRScheduler", "timm's MultiStepLRScheduler: lr *"
                            + " decay_rate per milestone passed, from the step before each, after a warm-up")
                    .param(LR, MultiStepLRScheduler::lr)
                    .param(DECAY_T, MultiStepLRScheduler::decayT)
                    .param(DECAY_RATE, MultiStepLRScheduler::decayRate), SchedulerOptions.PREFIX_TRUE)
            .param(SchedulerOptions.INITIALIZE, s -> s.options().initialize())
            .example("timm.MultiStepLRScheduler(lr=0.1, decay_t=[30, 60, 90], decay_rate=0.1, warmup_t=5,"
                    + " warmup_lr_init=1e-05)")
            .build(v -> new MultiStepLRScheduler(v.get(LR), v.get(DECAY_T), v.get(DECAY_RATE),
                    SchedulerOptions.of(v, SchedulerOptions.PREFIX_TRUE)));

    private final long[] decayT;
    private final Number decayRate;
    /** {@code decay_rate ** n} for every count of milestones passed (infinite where Python would raise). */
    private final double[] gammas;

    /**
     * The schedule.
     *
     * @param lr {@code lr}: the optimizer's lr, which timm reads as its base value (the peer's {@code optimizer})
     * @param decayT {@code decay_t}: the milestones, steps {@code >= 0}, sorted (each decays from the step before it;
     *     copied)
     * @param decayRate {@code decay_rate}: the factor per milestone; a {@link Long} is a Python int (Python's exact
     *     int power), any other number a float (timm's default 1.0)
     * @param options the parameters of timm's {@code Scheduler} base class and its warm-up ({@code warmup_t},
     *     {@code warmup_lr_init}, {@code warmup_prefix}, {@code t_in_epochs}, noise, {@code initialize});
     *     {@link SchedulerOptions#defaults SchedulerOptions.defaults(true)} for timm's defaults
     * @throws IllegalArgumentException naming the parameter that is out of range, or both rates where the
     *     warm-up's {@code target - warmup_lr_init} is not finite
     */
    public MultiStepLRScheduler(double lr, long[] decayT, Number decayRate, SchedulerOptions options) {
        super(lr, options);
        this.decayT = DECAY_T.require(decayT.clone());
        this.decayRate = DECAY_RATE.require(decayRate);
        this.gammas = new double[this.decayT.length + 1];
        for (int n = 0; n < gammas.length; n++) {
            gammas[n] = decayRate instanceof Long r ? ExactInts.powerToDouble(r, n)
                    : StrictMath.pow(decayRate.doubleValue(), n);
        }
        warmUpTo(lr);
    }

    /**
     * The milestones, sorted; each decays from the step before it.
     *
     * @return {@code decay_t}, a copy
     */
    public long[] decayT() {
        return decayT.clone();
    }

    /**
     * The factor per milestone.
     *
     * @return {@code decay_rate}, a {@link Long} for a Python int
     */
    public Number decayRate() {
        return decayRate;
    }

    /** {@code bisect_right(decay_t, t + 1)}: the milestones {@code m} with {@code m - 1 <= t}. */
    int decaysAt(long t) {
        int lo = 0;
        int hi = decayT.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (decayT[mid] - 1 <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    double main(long t) {
        int n = decaysAt(t);
        double g = gammas[n];
        if (Double.isInfinite(g)) {
            throw new StepError("decay_rate ** " + n + " overflows (the reference Python raises OverflowError)");
        }
        return lr() * g;
    }

    @Override
    void planMain(long from, long end, long base, PieceSink sink) {
        long s = from;
        while (s < end) {
            long t = s - base;
            int n = decaysAt(t);
            long next = n == decayT.length ? -1 : decayT[n] - 1; // > t: the next decay
            long stop = next < 0 || next > Long.MAX_VALUE - base ? end : Math.min(end, base + next);
            sink.constant(stop - s, main(t));
            s = stop;
        }
    }

    private static boolean sorted(long[] steps) {
        for (int i = 1; i < steps.length; i++) {
            if (steps[i] < steps[i - 1]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
