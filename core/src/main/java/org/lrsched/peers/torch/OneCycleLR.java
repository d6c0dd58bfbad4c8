package org.lrsched.peers.torch;

import static org.lrsched.peers.torch.TorchParams.LAST_EPOCH;

import org.lrsched.Spec;
import org.lrsched.formula.Formula;
import org.lrsched.formula.OffsetDivScale;
import org.lrsched.formula.OffsetHalfCosine;
import org.lrsched.internal.Overflow;
import org.lrsched.internal.Py;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;
import org.lrsched.spec.Values;

/**
 * PyTorch's {@code OneCycleLR}, its {@code get_lr} at {@code last_epoch = s}: from {@code max_lr / div_factor} up
 * to {@code max_lr} until the real step {@code pct_start * total - 1}, then down to {@code initial / final_div_factor}
 * at {@code total - 1} (three_phase: back to the initial lr at {@code 2 * pct_start * total - 2} first), by a cosine
 * or a line in {@code pct = (s - phase start) / (phase end - phase start)}. Step {@code total_steps} is computed
 * (its pct is past 1, as in PyTorch); every later step raises, as PyTorch's {@code step()} does. Step 0 is
 * {@code max_lr + (initial - max_lr)} for the cosine, which need not be the initial lr exactly.
 */
public final class OneCycleLR extends TorchSchedule {
    private static final Param<Double> MAX_LR = Param.of("max_lr", Kinds.REAL, "the peak lr");
    private static final Param<Long> TOTAL_STEPS = Param.of("total_steps", TorchKinds.INT,
            "the steps of the cycle (or give epochs and steps_per_epoch)").optional();
    private static final Param<Long> EPOCHS = Param.of("epochs", TorchKinds.INT,
            "with steps_per_epoch, the cycle's steps when total_steps is not given").optional();
    private static final Param<Long> STEPS_PER_EPOCH = Param.of("steps_per_epoch", TorchKinds.INT,
            "with epochs, the cycle's steps when total_steps is not given").optional();
    private static final Param<Number> PCT_START = Param.of("pct_start", Kinds.NUMBER,
                    "the fraction of the cycle spent rising")
            .rule("a float between 0.0 and 1.0 (PyTorch refuses the ints 0 and 1)",
                    p -> p instanceof Double d && d >= 0 && d <= 1)
            .orElse(0.3);
    private static final Param<String> ANNEAL_STRATEGY = Param.of("anneal_strategy", Kinds.oneOf("cos", "linear"),
            "the shape of each phase").orElse("cos");
    private static final Param<Boolean> CYCLE_MOMENTUM = Param.of("cycle_momentum", Kinds.BOOLEAN,
            "PyTorch cycles the momentum too; accepted, no effect on the lr").orElse(true);
    private static final Param<Double> BASE_MOMENTUM = Param.of("base_momentum", Kinds.REAL,
            "the lowest momentum; accepted, no effect on the lr").orElse(0.85);
    private static final Param<Double> MAX_MOMENTUM = Param.of("max_momentum", Kinds.REAL,
            "the highest momentum; accepted, no effect on the lr").orElse(0.95);
    private static final Param<Double> DIV_FACTOR = Param.of("div_factor", Kinds.REAL,
            "the initial lr is max_lr / div_factor").rule("not 0", d -> d != 0).orElse(25.0);
    private static final Param<Double> FINAL_DIV_FACTOR = Param.of("final_div_factor", Kinds.REAL,
            "the last lr is the initial lr / final_div_factor").rule("not 0", d -> d != 0).orElse(1e4);
    private static final Param<Boolean> THREE_PHASE = Param.of("three_phase", Kinds.BOOLEAN,
            "rise, fall back to the initial lr, then anneal to the last lr").orElse(false);

    /** The type {@code torch.OneCycleLR} of the spec language. */
    public static final ScheduleType<OneCycleLR> TYPE = ScheduleType.<OneCycleLR>of("torch.OneCycleLR",
                    "PyTorch's OneCycleLR: up from max_lr / div_factor to max_lr, then down far below the start;"
                            + " steps past total_steps raise")
            .param(MAX_LR, OneCycleLR::maxLr)
            .param(TOTAL_STEPS, s -> s.totalStepsGiven)
            .param(EPOCHS, s -> s.epochs)
            .param(STEPS_PER_EPOCH, s -> s.stepsPerEpoch)
            .param(PCT_START, OneCycleLR::pctStart)
            .param(ANNEAL_STRATEGY, OneCycleLR::annealStrategy)
            .param(CYCLE_MOMENTUM, s -> s.cycleMomentum)
            .param(BASE_MOMENTUM, s -> s.baseMomentum)
            .param(MAX_MOMENTUM, s -> s.maxMomentum)
            .param(DIV_FACTOR, OneCycleLR::divFactor)
            .param(FINAL_DIV_FACTOR, OneCycleLR::finalDivFactor)
            .param(THREE_PHASE, OneCycleLR::threePhase)
            .param(LAST_EPOCH, s -> -1L)
            .example("torch.OneCycleLR(max_lr=0.1, total_steps=10000)")
            .build(OneCycleLR::new);

    private final double maxLr;
    private final Long totalStepsGiven;
    private final Long epochs;
    private final Long stepsPerEpoch;
    private final long totalSteps;
    private final Number pctStart;
    private final String annealStrategy;
    private final boolean cycleMomentum;
    private final double baseMomentum;
    private final double maxMomentum;
    private final double divFactor;
    private final double finalDivFactor;
    private final boolean threePhase;
    /** Each phase's end step (a float, the last one {@code total - 1}) and formula, in PyTorch's order. */
    private final double[] ends;
    private final Formula[] formulas;
    /** Each phase's divisor {@code end - start}: 0 makes PyTorch raise ZeroDivisionError. */
    private final double[] lengths;
    /** The last step of each phase but the last, within [-1, total_steps]; -1: before step 0. */
    private final long[] lastSteps;

    private OneCycleLR(Values v) {
        this(v.get(MAX_LR), v.get(TOTAL_STEPS), v.get(EPOCHS), v.get(STEPS_PER_EPOCH), v.get(PCT_START),
                v.get(ANNEAL_STRATEGY), v.get(CYCLE_MOMENTUM), v.get(BASE_MOMENTUM), v.get(MAX_MOMENTUM),
                v.get(DIV_FACTOR), v.get(FINAL_DIV_FACTOR), v.get(THREE_PHASE), v.get(LAST_EPOCH));
    }

    /**
     * PyTorch's constructor, its checks in its order.
     *
     * @param maxLr {@code max_lr}: the peak lr
     * @param totalSteps {@code total_steps}: the steps of the cycle, {@code > 0}; null to take
     *     {@code epochs * steps_per_epoch} (PyTorch's default None)
     * @param epochs {@code epochs}: with {@code steps_per_epoch}, the cycle's steps when {@code total_steps} is
     *     null, then {@code > 0} (PyTorch's default None)
     * @param stepsPerEpoch {@code steps_per_epoch}: with {@code epochs}, the cycle's steps when {@code total_steps}
     *     is null, then {@code > 0} (PyTorch's default None)
     * @param pctStart {@code pct_start}: the fraction of the cycle spent rising, a float ({@link Double}) between
     *     0.0 and 1.0 (PyTorch's default 0.3)
     * @param annealStrategy {@code anneal_strategy}: the shape of each phase, {@code cos} (PyTorch's default) or
     *     {@code linear}
     * @param cycleMomentum {@code cycle_momentum}: PyTorch cycles the momentum too; accepted, no effect on the lr
     *     (PyTorch's default true)
     * @param baseMomentum {@code base_momentum}: the lowest momentum; accepted, no effect on the lr (PyTorch's
     *     default 0.85)
     * @param maxMomentum {@code max_momentum}: the highest momentum; accepted, no effect on the lr (PyTorch's
     *     default 0.95)
     * @param divFactor {@code div_factor}: the initial lr is {@code max_lr / div_factor}, not 0 (PyTorch's default
     *     25.0)
     * @param finalDivFactor {@code final_div_factor}: the last lr is the initial lr / {@code final_div_factor},
     *     not 0 (PyTorch's default 1e4)
     * @param threePhase {@code three_phase}: rise, fall back to the initial lr, then anneal to the last lr
     *     (PyTorch's default false)
     * @param lastEpoch {@code last_epoch}: PyTorch's resume index; only -1, a fresh scheduler (PyTorch's default -1)
     * @throws IllegalArgumentException naming the parameter that is out of range (also {@code total_steps} where
     *     neither it nor {@code epochs} and {@code steps_per_epoch} are given, and {@code pct_start} where
     *     PyTorch's constructor raises at step 0), or the lrs of a phase whose move is not finite
     */
    public OneCycleLR(double maxLr, Long totalSteps, Long epochs, Long stepsPerEpoch, Number pctStart,
            String annealStrategy, boolean cycleMomentum, double baseMomentum, double maxMomentum, double divFactor,
            double finalDivFactor, boolean threePhase, long lastEpoch) {
        this.maxLr = MAX_LR.require(maxLr);
        this.totalStepsGiven = TOTAL_STEPS.require(totalSteps);
        this.epochs = EPOCHS.require(epochs);
        this.stepsPerEpoch = STEPS_PER_EPOCH.require(stepsPerEpoch);
        if (totalSteps != null) {
            if (totalSteps <= 0) {
                throw TOTAL_STEPS.bad(totalSteps, "must be a positive integer");
            }
            this.totalSteps = totalSteps;
        } else if (epochs != null && stepsPerEpoch != null) {
            if (epochs <= 0) {
                throw EPOCHS.bad(epochs, "must be a positive integer");
            }
            if (stepsPerEpoch <= 0) {
                throw STEPS_PER_EPOCH.bad(stepsPerEpoch, "must be a positive integer");
            }
            if (Math.multiplyHigh(epochs, stepsPerEpoch) != 0 || epochs * stepsPerEpoch < 0) {
                throw EPOCHS.bad(epochs, "x steps_per_epoch=" + stepsPerEpoch + " must be at most 2^63-1");
            }
            this.totalSteps = epochs * stepsPerEpoch;
        } else {
            throw new IllegalArgumentException("total_steps is required: define either total_steps OR (epochs AND"
                    + " steps_per_epoch), as PyTorch asks");
        }
        this.pctStart = PCT_START.require(pctStart);
        this.annealStrategy = ANNEAL_STRATEGY.require(annealStrategy);
        this.cycleMomentum = cycleMomentum;
        this.baseMomentum = BASE_MOMENTUM.require(baseMomentum);
        this.maxMomentum = MAX_MOMENTUM.require(maxMomentum);
        this.divFactor = DIV_FACTOR.require(divFactor);
        this.finalDivFactor = FINAL_DIV_FACTOR.require(finalDivFactor);
        this.threePhase = threePhase;
        LAST_EPOCH.require(lastEpoch);

        double initialLr = maxLr / divFactor;
        if (!Double.isFinite(initialLr)) {
            throw DIV_FACTOR.bad(divFactor, "gives a non-finite initial lr max_lr / div_factor");
        }
        double minLr = initialLr / finalDivFactor;
        if (!Double.isFinite(minLr)) {
            throw FINAL_DIV_FACTOR.bad(finalDivFactor, "gives a non-finite last lr initial lr / final_div_factor");
        }
        double pct = pctStart.doubleValue();
        double total = this.totalSteps;
        double last = (double) (this.totalSteps - 1);
        if (threePhase) {
            this.ends = new double[] {pct * total - 1, (2 * pct) * total - 2, last};
        } else {
            this.ends = new double[] {pct * total - 1, last};
        }
        double[] startLrs = threePhase ? new double[] {initialLr, maxLr, initialLr} : new double[] {initialLr, maxLr};
        double[] endLrs = threePhase ? new double[] {maxLr, initialLr, minLr} : new double[] {maxLr, minLr};
        this.formulas = new Formula[ends.length];
        this.lengths = new double[ends.length];
        this.lastSteps = new long[ends.length - 1];
        double start = 0.0;
        for (int i = 0; i < ends.length; i++) {
            double length = ends[i] - start;
            lengths[i] = length;
            if ("cos".equals(annealStrategy)) {
                double half = Require.range("the phase's start lr", startLrs[i], "its end lr", endLrs[i]) / 2.0;
                formulas[i] = new OffsetHalfCosine(start, length, half, endLrs[i]);
            } else {
                formulas[i] = new OffsetDivScale(start, length,
                        Require.range("the phase's end lr", endLrs[i], "its start lr", startLrs[i]), startLrs[i]);
            }
            if (i < lastSteps.length) {
                lastSteps[i] = lastStepAtOrBelow(ends[i]);
            }
            start = ends[i];
        }
        try {
            at(0); // PyTorch's constructor computes step 0
        } catch (ArithmeticException e) {
            throw PCT_START.bad(pctStart, "makes PyTorch raise at construction (step 0 of total_steps=" + this.totalSteps
                    + "): " + e.getMessage());
        }
    }

    /** The largest step {@code s <= e} (exactly, as Python compares an int with a float), within [-1, total]. */
    private long lastStepAtOrBelow(double e) {
        if (!(e >= 0)) {
            return -1;
        }
        return e >= totalSteps ? totalSteps : (long) Math.floor(e);
    }

    /**
     * The peak lr.
     *
     * @return {@code max_lr}
     */
    public double maxLr() {
        return maxLr;
    }

    /**
     * The cycle's steps, given or computed from epochs and steps_per_epoch.
     *
     * @return {@code total_steps}, or {@code epochs * steps_per_epoch}
     */
    public long totalSteps() {
        return totalSteps;
    }

    /**
     * The fraction of the cycle spent rising.
     *
     * @return {@code pct_start}
     */
    public Number pctStart() {
        return pctStart;
    }

    /**
     * The shape of each phase.
     *
     * @return {@code anneal_strategy}: {@code cos} or {@code linear}
     */
    public String annealStrategy() {
        return annealStrategy;
    }

    /**
     * The divisor of the peak at step 0: the initial lr is {@code max_lr / div_factor}.
     *
     * @return {@code div_factor}
     */
    public double divFactor() {
        return divFactor;
    }

    /**
     * The further divisor of the last lr, the initial lr / {@code final_div_factor}.
     *
     * @return {@code final_div_factor}
     */
    public double finalDivFactor() {
        return finalDivFactor;
    }

    /**
     * Whether the cycle falls back to the initial lr before it anneals to the last lr.
     *
     * @return {@code three_phase}
     */
    public boolean threePhase() {
        return threePhase;
    }

    /** PyTorch's phase of a step at most total_steps: the first whose end is at or after it, else the last. */
    private int phaseOf(long step) {
        for (int i = 0; i < lastSteps.length; i++) {
            if (Py.le(step, ends[i])) {
                return i;
            }
        }
        return lastSteps.length;
    }

    private ArithmeticException pastTheEnd(long step) {
        return new ArithmeticException("torch.OneCycleLR has no step " + step + ": total_steps=" + totalSteps
                + " (PyTorch raises ValueError: Tried to step " + step + " times)");
    }

    @Override
    public double at(long step) {
        Require.step(step);
        if (step > totalSteps) {
            throw pastTheEnd(step);
        }
        int i = phaseOf(step);
        if (lengths[i] == 0) {
            throw new ArithmeticException("torch.OneCycleLR at step " + step + ": its phase lasts 0 steps (PyTorch"
                    + " raises ZeroDivisionError: float division by zero)");
        }
        return Overflow.check(formulas[i].value(step), step);
    }

    /** One piece per phase, {@code y} the step itself (the phases start at real steps); past total_steps, raise. */
    @Override
    public void plan(long first, long count, PieceSink sink) {
        long end = first + count;
        long s = first;
        long lastValid = Math.min(end - 1, totalSteps);
        long below = -1; // the last step of the phases before this one
        for (int i = 0; i < formulas.length && s <= lastValid; i++) {
            long phaseLast = i < lastSteps.length ? lastSteps[i] : totalSteps;
            if (phaseLast <= below) {
                continue; // a phase that ends before the one ahead of it has no steps
            }
            below = phaseLast;
            if (s > phaseLast) {
                continue;
            }
            long n = Math.min(phaseLast, lastValid) - s + 1;
            if (lengths[i] == 0) {
                sink.perStep(n, s, this::at); // raises, as PyTorch does
            } else {
                sink.piece(n, s, 1, formulas[i]);
            }
            s += n;
        }
        if (s < end) {
            throw pastTheEnd(s);
        }
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
