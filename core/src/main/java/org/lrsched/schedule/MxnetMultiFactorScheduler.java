package org.lrsched.schedule;

import java.util.Arrays;
import java.util.List;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.plan.Planned;
import org.lrsched.spec.Spec;

/**
 * MXNet's {@code MultiFactorScheduler}: after warm-up, {@code base_lr} multiplied by {@code factor} once for
 * every listed step the current step has passed (strictly: at step {@code s} the decays are the listed steps
 * below {@code s}).
 */
public final class MxnetMultiFactorScheduler extends AbstractSchedule implements Planned {
    private final long[] steps;
    private final double factor;
    private final double baseLr;
    private final MxnetWarmup warmup;
    private final double[] levels;

    public MxnetMultiFactorScheduler(long[] steps, double factor, double baseLr, MxnetWarmup warmup) {
        if (steps.length == 0) {
            throw Require.bad("step", "[]", "must list at least one step");
        }
        for (int i = 0; i < steps.length; i++) {
            if (steps[i] < 1) {
                throw Require.bad("step", Arrays.toString(steps), "must hold steps >= 1");
            }
            if (i > 0 && steps[i] <= steps[i - 1]) {
                throw Require.bad("step", Arrays.toString(steps), "must be strictly increasing");
            }
        }
        this.steps = steps.clone();
        this.factor = Require.positive("factor", factor);
        if (factor > 1) {
            throw Require.bad("factor", factor, "must be <= 1 (a decay)");
        }
        this.baseLr = Require.finite("base_lr", baseLr);
        this.warmup = warmup;
        warmup.checkBelow(baseLr);
        this.levels = new double[steps.length + 1];
        levels[0] = baseLr;
        for (int i = 1; i < levels.length; i++) {
            levels[i] = levels[i - 1] * factor; // repeated multiplication, as MXNet does
        }
    }

    public long[] steps() {
        return steps.clone();
    }

    public double factor() {
        return factor;
    }

    public double baseLr() {
        return baseLr;
    }

    public MxnetWarmup warmup() {
        return warmup;
    }

    /** How many listed steps lie strictly below {@code at}. */
    public int decaysAt(long at) {
        int i = Arrays.binarySearch(steps, at);
        return i >= 0 ? i : -i - 1;
    }

    /** The rate after {@code decays} multiplications. */
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
            long levelEnd = decays == steps.length ? end : Math.min(end, steps[decays] + 1);
            sink.constant(levelEnd - s, levels[decays]);
            s = levelEnd;
        }
    }

    @Override
    public Spec spec() {
        Spec.Builder spec = Spec.of("mxnet_multifactor").put("step", List.of(Arrays.stream(steps).boxed().toArray(Long[]::new)))
                .put("factor", factor).put("base_lr", baseLr);
        warmup.putInto(spec);
        return spec.build();
    }
}
