package org.lrsched.schedule;

import org.lrsched.Spec;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.plan.Planned;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * MXNet's {@code FactorScheduler}: after warm-up, {@code base_lr} multiplied by {@code factor} once every
 * {@code step} steps (the first decay comes at step {@code step + 1}), never below {@code stop_factor_lr}.
 *
 * <pre>{@code
 * // mxnet_factor(step=250, factor=0.5, base_lr=0.1)
 * Schedule factor = new MxnetFactorScheduler(250, 0.5, 1e-8, 0.1, MxnetWarmup.NONE);
 * }</pre>
 */
public final class MxnetFactorScheduler extends AbstractSchedule implements Planned {
    private static final Param<Long> STEP = Param.of("step", Kinds.INTEGER, "steps between two decays")
            .rule("> 0", s -> s > 0);
    private static final Param<Double> STOP_FACTOR_LR = Param.of("stop_factor_lr", Kinds.REAL,
            "the rate is never decayed below this").orElse(1e-8);

    /** The type {@code mxnet_factor} of the spec language. */
    public static final ScheduleType<MxnetFactorScheduler> TYPE = MxnetWarmup.declare(
            ScheduleType.<MxnetFactorScheduler>of("mxnet_factor", "MXNet's FactorScheduler: after a warm-up, base_lr"
                            + " multiplied by factor every step steps, down to stop_factor_lr")
                    .param(STEP, MxnetFactorScheduler::step)
                    .param(MxnetParams.FACTOR, MxnetFactorScheduler::factor)
                    .param(STOP_FACTOR_LR, MxnetFactorScheduler::stopFactorLr)
                    .param(MxnetParams.BASE_LR, MxnetFactorScheduler::baseLr), MxnetFactorScheduler::warmup)
            .example("mxnet_factor(step=250, factor=0.5, base_lr=0.1)")
            .build(v -> new MxnetFactorScheduler(v.get(STEP), v.get(MxnetParams.FACTOR), v.get(STOP_FACTOR_LR),
                    v.get(MxnetParams.BASE_LR), MxnetWarmup.of(v)));

    private final long step;
    private final double factor;
    private final double stopFactorLr;
    private final double baseLr;
    private final MxnetWarmup warmup;
    private final DecayLevels levels;

    /**
     * The scheduler.
     *
     * @param step {@code step}: steps between two decays, {@code > 0}
     * @param factor {@code factor}: the decay applied every {@code step} steps, in (0, 1]
     * @param stopFactorLr {@code stop_factor_lr}: the rate is never decayed below this (MXNet's default 1e-8)
     * @param baseLr {@code base_lr}: the rate after the warm-up
     * @param warmup the warm-up before it: {@link MxnetWarmup#NONE}, or {@code new MxnetWarmup(steps, beginLr, mode)}
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public MxnetFactorScheduler(long step, double factor, double stopFactorLr, double baseLr, MxnetWarmup warmup) {
        this.step = STEP.require(step);
        this.factor = MxnetParams.FACTOR.require(factor);
        this.stopFactorLr = STOP_FACTOR_LR.require(stopFactorLr);
        this.baseLr = MxnetParams.BASE_LR.require(baseLr);
        this.warmup = warmup;
        warmup.checkBelow(baseLr);
        this.levels = new DecayLevels(baseLr, lr -> {
            double decayed = lr * factor;
            return decayed < stopFactorLr ? stopFactorLr : decayed;
        });
    }

    /**
     * Steps between two decays.
     *
     * @return {@code step}
     */
    public long step() {
        return step;
    }

    /**
     * The decay.
     *
     * @return {@code factor}
     */
    public double factor() {
        return factor;
    }

    /**
     * The floor of the decays.
     *
     * @return {@code stop_factor_lr}
     */
    public double stopFactorLr() {
        return stopFactorLr;
    }

    /**
     * The rate after the warm-up.
     *
     * @return {@code base_lr}
     */
    public double baseLr() {
        return baseLr;
    }

    /**
     * The warm-up before the decays.
     *
     * @return the warm-up
     */
    public MxnetWarmup warmup() {
        return warmup;
    }

    /**
     * How many times the rate has been multiplied by {@code factor} at step {@code at} (past the warm-up).
     *
     * @param at a step
     * @return the number of decays
     */
    public long decaysAt(long at) {
        return at == 0 ? 0 : (at - 1) / step;
    }

    /**
     * The rate after {@code decays} multiplications, as MXNet's loop leaves it.
     *
     * @param decays the number of decays
     * @return the rate
     */
    public double level(long decays) {
        return levels.level(decays);
    }

    @Override
    public double at(long at) {
        Require.step(at);
        return warmup.covers(at) ? warmup.at(at, baseLr) : levels.level(decaysAt(at));
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        long end = first + count;
        long s = warmup.plan(first, count, baseLr, sink);
        while (s < end) {
            long decays = decaysAt(s);
            double level = levels.level(decays);
            if (levels.settledAt(decays)) {
                sink.constant(end - s, level);
                return;
            }
            long levelEnd = decays >= (Long.MAX_VALUE - 1) / step ? end : (decays + 1) * step + 1;
            long n = Math.min(end, levelEnd) - s;
            sink.constant(n, level);
            s += n;
        }
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
