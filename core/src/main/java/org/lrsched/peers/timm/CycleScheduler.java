package org.lrsched.peers.timm;

import java.math.BigInteger;
import java.util.OptionalDouble;
import org.lrsched.formula.Formula;
import org.lrsched.formula.PowerCosine;
import org.lrsched.formula.PowerPoly;
import org.lrsched.formula.TanhRamp;
import org.lrsched.internal.ExactInts;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.schedule.Cycle;
import org.lrsched.schedule.Cyclic;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;

/**
 * timm's cosine, tanh and poly schedulers: cycles ({@link TimmCycles}), cycle {@code i} scaled by {@code
 * cycle_decay ** i}, {@code lr_min} from cycle {@code cycle_limit} on. Each cycle is one piece of the scheduler's
 * formula, built by {@link #formula}; {@code at} evaluates the same formula, so tables and {@code at} agree.
 *
 * <p>Past the limit the value is {@code lr_min} without computing {@code cycle_decay ** i}: timm's cosine and
 * poly schedulers compute it first and raise OverflowError there ({@code t_initial=1, cycle_decay=2.0}: from
 * {@code t = 1024}), which is no part of their meaning.
 */
abstract class CycleScheduler extends TimmScheduler implements Cyclic {
    static final Param<Long> T_INITIAL = Param.of("t_initial", Kinds.INTEGER, "the length of the first cycle")
            .rule("> 0", t -> t > 0);
    static final Param<Double> LR_MIN = Param.of("lr_min", Kinds.REAL, "the rate at the end of every cycle, and"
            + " after the last").rule(">= 0", m -> m >= 0).orElse(0.0);
    static final Param<Double> CYCLE_MUL = Param.of("cycle_mul", Kinds.REAL, "each cycle lasts cycle_mul times the"
            + " one before (a whole number: exact integer cycles)").rule("> 0", m -> m > 0).orElse(1.0);
    static final Param<Number> CYCLE_DECAY = Param.of("cycle_decay", Kinds.NUMBER, "cycle i peaks at lr *"
            + " cycle_decay ** i (an int: Python's exact int power)").orElse(1.0);
    static final Param<Long> CYCLE_LIMIT = Param.of("cycle_limit", Kinds.INTEGER, "cycles before lr_min for ever")
            .rule(">= 0", l -> l >= 0).orElse(1L);
    static final Param<Number> K_DECAY = Param.of("k_decay", Kinds.NUMBER, "k-decay: the position and the length"
            + " enter as their k-th powers (an int: Python's exact int powers)")
            .rule(">= 0", k -> k.doubleValue() >= 0)
            .rule("<= 1024 as an int (a larger int power of a length >= 2 has no float)",
                    k -> !(k instanceof Long) || k.longValue() <= 1024)
            .orElse(1.0);

    private static final int CACHED_GAMMAS = 64;

    private final TimmCycles cycles;
    private final double lrMin;
    private final Number cycleDecay;
    private final double[] gammas = new double[CACHED_GAMMAS];
    /** The formula of the cycle looked up last: {@code at} in one cycle builds it once (an int k_decay's powers). */
    private volatile Built last;

    private record Built(long index, Formula formula) {}

    CycleScheduler(double lr, long tInitial, double lrMin, double cycleMul, Number cycleDecay, long cycleLimit,
            SchedulerOptions options) {
        super(lr, options);
        this.lrMin = LR_MIN.require(lrMin);
        this.cycleDecay = CYCLE_DECAY.require(cycleDecay);
        this.cycles = new TimmCycles(T_INITIAL.require(tInitial), CYCLE_MUL.require(cycleMul),
                CYCLE_LIMIT.require(cycleLimit));
        Require.range("lr", lr, "lr_min", lrMin);
        for (int i = 0; i < CACHED_GAMMAS; i++) {
            gammas[i] = power(i);
        }
    }

    /**
     * The length of the first cycle.
     *
     * @return {@code t_initial}
     */
    public final long tInitial() {
        return cycles.tInitial();
    }

    /**
     * The rate at the end of every cycle, and after the last.
     *
     * @return {@code lr_min}
     */
    public final double lrMin() {
        return lrMin;
    }

    /**
     * How many times as long each cycle lasts as the one before.
     *
     * @return {@code cycle_mul}
     */
    public final double cycleMul() {
        return cycles.cycleMul();
    }

    /**
     * The factor per cycle: cycle {@code i} peaks at {@code lr * cycle_decay ** i}.
     *
     * @return {@code cycle_decay}, a {@link Long} for a Python int
     */
    public final Number cycleDecay() {
        return cycleDecay;
    }

    /**
     * Cycles before {@code lr_min} for ever.
     *
     * @return {@code cycle_limit}
     */
    public final long cycleLimit() {
        return cycles.cycleLimit();
    }

    /**
     * The cycle of {@code step}, counted in the schedule's steps: timm's cycle of {@code t}, which is the step
     * itself, or {@code step - warmup_t} with {@code warmup_prefix}. The warm-up's steps lie in the cycles {@code t}
     * puts them in; with {@code warmup_prefix} they open cycle 0, which starts at step 0 and lasts {@code warmup_t}
     * steps longer. Where the value is {@code lr_min} for ever (from cycle {@code cycle_limit} on), one last cycle
     * starts, numbered after the others, and never ends.
     *
     * @param step a step
     * @return its cycle, found exactly
     */
    @Override
    public final Cycle cycleOf(long step) {
        Require.step(step);
        long base = options().warmupPrefix() ? options().warmupT() : 0;
        TimmCycles.Found c = cycles.find(Math.max(0, step - base));
        if (c == null) {
            long index = cycles.activeCycles();
            return Cycle.endlessFrom(index, index == 0 ? 0 : base + cycles.activeEnd());
        }
        long start = c.index() == 0 ? 0 : base + c.first();
        return Cycle.until(c.index(), start, cycles.endOf(c).add(BigInteger.valueOf(base)));
    }

    /**
     * The factor of cycle {@code i}, {@code cycle_decay ** i}: the cycle peaks at {@code lr * cycle_decay ** i}.
     * The last cycle, {@code lr_min} for ever, has none.
     *
     * @param cycle a cycle's index, {@code >= 0}
     * @return the factor, empty from the last cycle on
     * @throws ArithmeticException where {@code cycle_decay ** i} overflows, as Python's {@code OverflowError}
     */
    @Override
    public final OptionalDouble cycleScale(long cycle) {
        Require.nonNegative("cycle", cycle);
        return cycle < cycles.activeCycles() ? OptionalDouble.of(gamma(cycle)) : OptionalDouble.empty();
    }

    /**
     * The formula of cycle {@code c} peaking at {@code lrMax = lr * cycle_decay ** i}: its variable is {@code t -
     * c.first()} for whole cycles, {@code t} itself (with the offset inside the formula) otherwise.
     */
    abstract Formula formula(TimmCycles.Found c, double lrMax);

    /** {@code cycle_decay ** i} as Python computes it (a float's pow, an int's exact power). */
    private double power(long i) {
        return cycleDecay instanceof Long d ? ExactInts.powerToDouble(d, i)
                : StrictMath.pow(cycleDecay.doubleValue(), i);
    }

    /** {@code cycle_decay ** i}; raises where Python's OverflowError does. */
    final double gamma(long i) {
        double g = i < CACHED_GAMMAS ? gammas[(int) i] : power(i);
        if (Double.isInfinite(g)) {
            throw new StepError("cycle_decay ** " + i + " overflows (the reference Python raises OverflowError)");
        }
        return g;
    }

    @Override
    final double main(long t) {
        TimmCycles.Found c = cycles.find(t);
        if (c == null) {
            return lrMin;
        }
        Built b = last;
        if (b == null || b.index != c.index()) {
            b = new Built(c.index(), formula(c, lr() * gamma(c.index())));
            last = b;
        }
        Formula f = b.formula;
        if (c.whole()) {
            return valueAt(f, t - c.first());
        }
        double y = t;
        return f.value(y - c.offset() < 0 ? c.offset() : y); // a snapped start: timm's t_curr would be < 0; 0 here
    }

    /** A formula's value at a whole variable, exactly past 2^53 where the formula is whole. */
    static double valueAt(Formula f, long y) {
        if (f instanceof PowerCosine p) {
            return p.valueAt(y);
        }
        if (f instanceof PowerPoly p) {
            return p.valueAt(y);
        }
        if (f instanceof TanhRamp p) {
            return p.valueAt(y);
        }
        return f.value(y);
    }

    @Override
    final void planMain(long from, long end, long base, PieceSink sink) {
        long s = from;
        Formula previous = null; // the formula of the last cycle written whole
        while (s < end) {
            long t = s - base;
            TimmCycles.Found c = cycles.find(t);
            if (c == null) {
                sink.constant(end - s, lrMin);
                return;
            }
            long cycleEnd = c.end() < 0 || c.end() > Long.MAX_VALUE - base ? end : Math.min(end, base + c.end());
            Formula f = formula(c, lr() * gamma(c.index()));
            if (!c.whole()) {
                long zero = TimmCycles.firstAtOrAbove(c.offset());
                if (t < zero) { // a snapped start: timm's t_curr is negative there, 0 here
                    long n = Math.min(cycleEnd - s, zero - t);
                    sink.constant(n, f.value(c.offset()));
                    s += n;
                    t += n;
                }
                if (s < cycleEnd) {
                    sink.piece(cycleEnd - s, t, 1, f);
                }
                s = cycleEnd;
                continue;
            }
            if (previous != null && t == c.first() && cycles.equalLengths() && f.equals(previous)
                    && settledFrom(c.index())) {
                // every later cycle below the limit is this one again
                long active = cycles.activeEnd();
                long stop = active < 0 || active > Long.MAX_VALUE - base ? end : Math.min(end, base + active);
                sink.repeat(stop - s, cycles.tInitial());
                s = stop;
                continue;
            }
            sink.piece(cycleEnd - s, t - c.first(), 1, f);
            boolean whole = t == c.first() && c.end() >= 0 && cycleEnd == base + c.end();
            previous = whole ? f : null;
            s = cycleEnd;
        }
    }

    /** True when {@code cycle_decay ** j} is the same for every {@code j >= i}: a decay of 1, or one underflowed to 0. */
    private boolean settledFrom(long i) {
        return cycleDecay.doubleValue() == 1 || gamma(i) == 0;
    }
}
