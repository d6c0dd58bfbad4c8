package org.lrsched.schedule;

import static org.lrsched.internal.Py.div;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.lrsched.formula.MulDiv;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;
import org.lrsched.spec.Values;

/**
 * The warm-up every MXNet {@code LRScheduler} takes: for steps below {@code warmup_steps}, either a linear
 * ramp from {@code warmup_begin_lr} towards {@code base_lr}, or {@code warmup_begin_lr} held constant.
 */
public final class MxnetWarmup {
    /** How the warm-up moves: MXNet's {@code warmup_mode}. */
    public enum Mode {
        /** A linear ramp from {@code warmup_begin_lr} towards {@code base_lr}. */
        LINEAR,
        /** {@code warmup_begin_lr} throughout the warm-up. */
        CONSTANT;

        /**
         * The mode's name in the spec language.
         *
         * @return {@code linear} or {@code constant}
         */
        public String specName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * The mode a spec names.
         *
         * @param name {@code linear} or {@code constant}
         * @return the mode
         * @throws IllegalArgumentException naming {@code warmup_mode} for any other name
         */
        public static Mode parse(String name) {
            for (Mode m : values()) {
                if (m.specName().equals(name)) {
                    return m;
                }
            }
            throw MODE.bad(name, "must be one of linear, constant");
        }
    }

    private static final Param<Long> STEPS = Param.of("warmup_steps", Kinds.INTEGER, "steps of warm-up (0: none)")
            .rule(">= 0", s -> s >= 0).orElse(0L);
    private static final Param<Double> BEGIN_LR = Param.of("warmup_begin_lr", Kinds.REAL,
            "the rate at step 0 of the warm-up, at most base_lr").orElse(0.0);
    private static final Param<String> MODE = Param.of("warmup_mode", Kinds.oneOf("linear", "constant"),
            "linear: a ramp to base_lr; constant: warmup_begin_lr throughout").orElse("linear");

    /** No warm-up: MXNet's defaults, {@code warmup_steps=0}. */
    public static final MxnetWarmup NONE = new MxnetWarmup(0, 0, Mode.LINEAR);

    private final long steps;
    private final double beginLr;
    private final Mode mode;

    /**
     * A warm-up; it ramps towards the scheduler's {@code base_lr}, which the scheduler passes in.
     *
     * @param steps {@code warmup_steps}: steps of warm-up, {@code >= 0} (0: none)
     * @param beginLr {@code warmup_begin_lr}: the rate at step 0 of the warm-up, at most {@code base_lr}
     * @param mode {@code warmup_mode}
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public MxnetWarmup(long steps, double beginLr, Mode mode) {
        this.steps = STEPS.require(steps);
        this.beginLr = BEGIN_LR.require(beginLr);
        this.mode = Objects.requireNonNull(mode, "warmup_mode");
    }

    /** Adds the warm-up's parameters, in MXNet's order, to a scheduler's declaration. */
    static <S> ScheduleType.Builder<S> declare(ScheduleType.Builder<S> type, Function<S, MxnetWarmup> warmup) {
        return type.param(STEPS, s -> warmup.apply(s).steps)
                .param(BEGIN_LR, s -> warmup.apply(s).beginLr)
                .param(MODE, s -> warmup.apply(s).mode.specName());
    }

    /** The warm-up a spec's values describe. */
    static MxnetWarmup of(Values values) {
        return new MxnetWarmup(values.get(STEPS), values.get(BEGIN_LR), Mode.parse(values.get(MODE)));
    }

    /** MXNet's own check, made by each scheduler once its {@code base_lr} is known to be finite. */
    void checkBelow(double baseLr) {
        if (beginLr > baseLr) {
            throw BEGIN_LR.bad(beginLr, "must be <= base_lr=" + baseLr);
        }
        double range = Require.range("base_lr", baseLr, "warmup_begin_lr", beginLr);
        Require.product("warmup_steps x (base_lr - warmup_begin_lr)", steps, range);
    }

    /**
     * Steps of warm-up.
     *
     * @return {@code warmup_steps}
     */
    public long steps() {
        return steps;
    }

    /**
     * The rate at step 0 of the warm-up.
     *
     * @return {@code warmup_begin_lr}
     */
    public double beginLr() {
        return beginLr;
    }

    /**
     * How the warm-up moves.
     *
     * @return {@code warmup_mode}
     */
    public Mode mode() {
        return mode;
    }

    /**
     * Whether {@code step} is part of the warm-up.
     *
     * @param step a step
     * @return true below {@code warmup_steps}
     */
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
            sink.piece(n, first, 1, new MulDiv(baseLr - beginLr, steps, beginLr));
        }
        return first + n;
    }
}
