package org.lrsched.schedule;

import java.util.Arrays;
import org.lrsched.Spec;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.plan.Planned;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * MXNet's {@code MultiFactorScheduler}: after warm-up, {@code base_lr} multiplied by {@code factor} once for
 * every listed step the current step has passed (strictly: at step {@code s} the decays are the listed steps
 * below {@code s}).
 *
 * <pre>{@code
 * // mxnet_multifactor(step=[250, 750, 900], factor=0.5, base_lr=1)
 * Schedule multiFactor = new MxnetMultiFactorScheduler(new long[] {250, 750, 900}, 0.5, 1, MxnetWarmup.NONE);
 * }</pre>
 */
public final class MxnetMultiFactorScheduler extends AbstractSchedule implements Planned {
    private static final Param<long[]> STEP = Param.of("step", Kinds.STEPS,
            "the steps after which the rate is decayed, increasing")
            .rule("a list of at least one step", s -> s.length > 0)
            .rule("a list of steps >= 1", s -> Arrays.stream(s).allMatch(x -> x >= 1))
            .rule("strictly increasing", MxnetMultiFactorScheduler::increasing);

    /** The type {@code mxnet_multifactor} of the spec language. */
    public static final ScheduleType<MxnetMultiFactorScheduler> TYPE = MxnetWarmup.declare(
            ScheduleType.<MxnetMultiFactorScheduler>of("mxnet_multifactor", "MXNet's MultiFactorScheduler: after a"
                            + " warm-up, base_lr multiplied by factor after each listed step")
                    .param(STEP, MxnetMultiFactorScheduler::steps)
                    .param(MxnetParams.FACTOR, MxnetMultiFactorScheduler::factor)
                    .param(MxnetParams.BASE_LR, MxnetMultiFactorScheduler::baseLr), MxnetMultiFactorScheduler::warmup)
            .example("mxnet_multifactor(step=[250, 750, 900], factor=0.5, base_lr=1)")
            .build(v -> new MxnetMultiFactorScheduler(v.get(STEP), v.get(MxnetParams.FACTOR),
                    v.get(MxnetParams.BASE_LR), MxnetWarmup.of(v)));

    private final long[] steps;
    private final double factor;
    private final double baseLr;
    private final MxnetWarmup warmup;
    private final double[] levels;

    /**
     * The scheduler.
     *
     * @param steps {@code step}: the steps after which the rate is decayed, strictly increasing, each {@code >= 1}
     * @param factor {@code factor}: the decay applied at each listed step, in (0, 1]
     * @param baseLr {@code base_lr}: the rate after the warm-up
     * @param warmup the warm-up before it: {@link MxnetWarmup#NONE}, or {@code new MxnetWarmup(steps, beginLr, mode)}
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public MxnetMultiFactorScheduler(long[] steps, double factor, double baseLr, MxnetWarmup warmup) {
        this.steps = STEP.require(steps.clone());
        this.factor = MxnetParams.FACTOR.require(factor);
        this.baseLr = MxnetParams.BASE_LR.require(baseLr);
        this.warmup = warmup;
        warmup.checkBelow(baseLr);
        this.levels = new double[steps.length + 1];
        levels[0] = baseLr;
        for (int i = 1; i < levels.length; i++) {
            levels[i] = levels[i - 1] * factor; // repeated multiplication, as MXNet does
        }
    }

    /**
     * The steps after which the rate is decayed.
     *
     * @return a copy of {@code step}
     */
    public long[] steps() {
        return steps.clone();
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
     * How many listed steps lie strictly below {@code at}.
     *
     * @param at a step
     * @return the number of decays at it
     */
    public int decaysAt(long at) {
        int i = Arrays.binarySearch(steps, at);
        return i >= 0 ? i : -i - 1;
    }

    /**
     * The rate after {@code decays} multiplications.
     *
     * @param decays from 0 to the number of listed steps
     * @return the rate
     */
    public double level(int decays) {
        return levels[decays];
    }

    @Override
    public double at(long at) {
        Require.step(at);
        return warmup.covers(at) ? warmup.at(at, baseLr) : levels[decaysAt(at)];
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        long end = first + count;
        long s = warmup.plan(first, count, baseLr, sink);
        while (s < end) {
            int decays = decaysAt(s);
            long levelEnd = decays == steps.length || steps[decays] == Long.MAX_VALUE ? end
                    : Math.min(end, steps[decays] + 1);
            sink.constant(levelEnd - s, levels[decays]);
            s = levelEnd;
        }
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }

    private static boolean increasing(long[] steps) {
        for (int i = 1; i < steps.length; i++) {
            if (steps[i] <= steps[i - 1]) {
                return false;
            }
        }
        return true;
    }
}
