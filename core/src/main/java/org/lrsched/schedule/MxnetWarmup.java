package org.lrsched.schedule;

import static org.lrsched.internal.Py.div;

import java.util.Locale;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Spec;

/**
 * The warm-up every MXNet {@code LRScheduler} takes: for steps below {@code warmup_steps}, either a linear
 * ramp from {@code warmup_begin_lr} towards {@code base_lr}, or {@code warmup_begin_lr} held constant.
 */
public final class MxnetWarmup {
    /** How the warm-up moves: MXNet's {@code warmup_mode}. */
    public enum Mode {
        LINEAR, CONSTANT;

        public String specName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Mode parse(String name) {
            for (Mode m : values()) {
                if (m.specName().equals(name)) {
                    return m;
                }
            }
            throw Require.bad("warmup_mode", name, "must be one of linear, constant");
        }
    }

    public static final MxnetWarmup NONE = new MxnetWarmup(0, 0, Mode.LINEAR);

    private final long steps;
    private final double beginLr;
    private final Mode mode;

    /** The warm-up ramps towards the scheduler's {@code base_lr}, which the scheduler passes in. */
    public MxnetWarmup(long steps, double beginLr, Mode mode) {
        this.steps = Require.nonNegative("warmup_steps", steps);
        this.beginLr = Require.finite("warmup_begin_lr", beginLr);
        this.mode = java.util.Objects.requireNonNull(mode, "warmup_mode");
    }

    /** MXNet's own check, made by each scheduler once its {@code base_lr} is known to be finite. */
    void checkBelow(double baseLr) {
        if (beginLr > baseLr) {
            throw Require.bad("warmup_begin_lr", beginLr, "must be <= base_lr=" + baseLr);
        }
    }

    public long steps() {
        return steps;
    }

    public double beginLr() {
        return beginLr;
    }

    public Mode mode() {
        return mode;
    }

    public boolean covers(long step) {
        return step < steps;
    }

    /** MXNet's {@code get_warmup_lr} towards {@code baseLr}, for a step that {@link #covers(long)}. */
    double at(long step, double baseLr) {
        if (mode == Mode.CONSTANT) {
            return beginLr;
        }
        return beginLr + div((baseLr - beginLr) * step, steps);
    }

    /** Emits the warm-up's part of {@code [first, first + count)}; returns the first step it did not cover. */
    long plan(long first, long count, double baseLr, PieceSink sink) {
        long n = Math.min(first + count, steps) - first;
        if (n <= 0) {
            return first;
        }
        if (mode == Mode.CONSTANT) {
            sink.constant(n, beginLr);
        } else {
            sink.mulDiv(n, first, baseLr - beginLr, steps, beginLr);
        }
        return first + n;
    }

    void putInto(Spec.Builder spec) {
        spec.put("warmup_steps", steps).put("warmup_begin_lr", beginLr).put("warmup_mode", mode.specName());
    }
}
