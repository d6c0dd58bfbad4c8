package org.lrsched.peers.timm;

import java.util.Objects;
import org.lrsched.Schedule;
import org.lrsched.formula.MulDiv;
import org.lrsched.internal.Overflow;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.plan.Planned;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;

/**
 * What every timm scheduler shares: the value at {@code t} is timm's {@code _get_lr(t)} (what {@code step(t)} or
 * {@code step_update(t)} sets), a warm-up {@code warmup_lr_init + t * step} below {@code warmup_t}, then the
 * scheduler's own formula at {@code t - warmup_t} (prefix) or {@code t}.
 *
 * <p>Before timm's first update the optimizer holds what the constructor set ({@code lr}, or {@code
 * warmup_lr_init} with a warm-up); the value at 0 here is {@code _get_lr(0)}, which can differ from it in the last
 * bits (the cosine's {@code lr_min + 0.5 * (lr - lr_min) * 2}) or more (tanh's {@code lb = -7} gives {@code lr *
 * 0.9999991...}).
 */
abstract class TimmScheduler implements Schedule, Planned {
    static final Param<Double> LR = Param.of("lr", Kinds.REAL,
            "the optimizer's lr, which timm reads as its base value");

    private final double lr;
    private final SchedulerOptions options;
    private double warmupStep;

    TimmScheduler(double lr, SchedulerOptions options) {
        this.lr = LR.require(lr);
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Fixes the warm-up's step {@code (target - warmup_lr_init) / warmup_t}, as timm's constructor does; each
     * constructor calls it last, once the formula (and so a target read from it) is known.
     */
    final void warmUpTo(double target) {
        if (options.warmupT() > 0) {
            double range = Require.range("the warm-up's target", target, "warmup_lr_init", options.warmupLrInit());
            this.warmupStep = range / options.warmupT();
        }
    }

    /**
     * The optimizer's lr, which timm reads as its base value.
     *
     * @return {@code lr}
     */
    public final double lr() {
        return lr;
    }

    /**
     * The parameters of timm's {@code Scheduler} base class and its warm-up.
     *
     * @return {@code warmup_t}, {@code warmup_lr_init}, {@code warmup_prefix}, {@code t_in_epochs}, the noise
     *     parameters and {@code initialize}
     */
    public final SchedulerOptions options() {
        return options;
    }

    /** The scheduler's value at {@code t}, its own time (the warm-up's shift already applied). */
    abstract double main(long t);

    /** Emits the scheduler's own pieces for steps {@code [from, end)}, its time being {@code step - base}. */
    abstract void planMain(long from, long end, long base, PieceSink sink);

    @Override
    public final double at(long step) {
        Require.step(step);
        if (step < options.warmupT()) {
            return Overflow.check(options.warmupLrInit() + step * warmupStep, step);
        }
        try {
            return Overflow.check(main(options.warmupPrefix() ? step - options.warmupT() : step), step);
        } catch (StepError e) {
            throw e.at(step);
        }
    }

    @Override
    public final void plan(long first, long count, PieceSink sink) {
        long end = first + count;
        long s = first;
        long warmupT = options.warmupT();
        if (s < warmupT) {
            long n = Math.min(end, warmupT) - s;
            sink.piece(n, s, 1, new MulDiv(warmupStep, 1.0, options.warmupLrInit())); // (t * step) / 1.0 is exact
            s += n;
        }
        if (s < end) {
            planMain(s, end, options.warmupPrefix() ? warmupT : 0, sink);
        }
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof Schedule && o.getClass() == getClass() && spec().equals(((Schedule) o).spec());
    }

    @Override
    public final int hashCode() {
        return spec().hashCode();
    }

    @Override
    public final String toString() {
        return spec().toString();
    }

    /** An error of the reference at a step of its own time, named by the schedule's step where it surfaces. */
    static final class StepError extends ArithmeticException {
        private final String what;

        StepError(String what) {
            super(what);
            this.what = what;
        }

        ArithmeticException at(long step) {
            return new ArithmeticException("at step " + step + ": " + what);
        }
    }
}
