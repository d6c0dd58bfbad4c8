package org.lrsched.peers.transformers;

import org.lrsched.Spec;
import org.lrsched.formula.DivScale;
import org.lrsched.formula.QuotientPoly;
import org.lrsched.internal.Overflow;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * transformers' {@code get_polynomial_decay_schedule_with_warmup}: the warm-up, then {@code lr * (((lr - lr_end) *
 * (1 - (step - W) / (T - W)) ** power + lr_end) / lr)} up to {@code num_training_steps} ({@code (step - W) / (T -
 * W)} is Python's int/int division), then {@code lr * (lr_end / lr)}. Where the peer raises at a step ({@code T ==
 * W} at step T, and a negative power at step T) {@code at} throws.
 */
public final class GetPolynomialDecayScheduleWithWarmup extends TransformersSchedule {
    private static final Param<Double> LR_END = Param.of("lr_end", Kinds.REAL, "the rate at num_training_steps and"
            + " after, below lr").orElse(1e-7);
    private static final Param<Double> POWER = Param.of("power", Kinds.REAL, "the power of the remaining fraction")
            .orElse(1.0);

    /** The type {@code transformers.get_polynomial_decay_schedule_with_warmup} of the spec language. */
    public static final ScheduleType<GetPolynomialDecayScheduleWithWarmup> TYPE = ScheduleType
            .<GetPolynomialDecayScheduleWithWarmup>of("transformers.get_polynomial_decay_schedule_with_warmup",
                    "transformers' get_polynomial_decay_schedule_with_warmup: a linear warm-up from 0, then from lr"
                            + " to lr_end along (1 - t) ** power, then lr_end")
            .param(LR, GetPolynomialDecayScheduleWithWarmup::lr)
            .param(NUM_WARMUP_STEPS, GetPolynomialDecayScheduleWithWarmup::numWarmupSteps)
            .param(NUM_TRAINING_STEPS, GetPolynomialDecayScheduleWithWarmup::numTrainingSteps)
            .param(LR_END, GetPolynomialDecayScheduleWithWarmup::lrEnd)
            .param(POWER, GetPolynomialDecayScheduleWithWarmup::power)
            .example("transformers.get_polynomial_decay_schedule_with_warmup(lr=1e-3, num_warmup_steps=500,"
                    + " num_training_steps=10000, lr_end=1e-7, power=2.0)")
            .build(v -> new GetPolynomialDecayScheduleWithWarmup(v.get(LR), v.get(NUM_WARMUP_STEPS),
                    v.get(NUM_TRAINING_STEPS), v.get(LR_END), v.get(POWER)));

    private final long numWarmupSteps;
    private final long numTrainingSteps;
    private final double lrEnd;
    private final double power;
    private final DivScale warmup;
    /** The decay over {@code y = step - W} in {@code [0, T - W]}; null when {@code T < W} (no decay steps). */
    private final QuotientPoly decay;
    private final double after;

    /**
     * The schedule.
     *
     * @param lr {@code lr}: the optimizer's initial lr, which {@code LambdaLR} multiplies by the lambda (the peer's
     *     {@code optimizer}), not 0 (the peer divides by it)
     * @param numWarmupSteps {@code num_warmup_steps}: steps of the linear warm-up from 0 (0: none), {@code >= 0}
     * @param numTrainingSteps {@code num_training_steps}: the total number of training steps, where the decay reaches
     *     {@code lr_end}, {@code >= 0}
     * @param lrEnd {@code lr_end}: the rate at {@code num_training_steps} and after, below {@code lr}, with
     *     {@code lr - lr_end} finite (transformers' default 1e-7)
     * @param power {@code power}: the power of the remaining fraction (transformers' default 1.0)
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public GetPolynomialDecayScheduleWithWarmup(double lr, long numWarmupSteps, long numTrainingSteps, double lrEnd,
            double power) {
        super(lr);
        this.numWarmupSteps = NUM_WARMUP_STEPS.require(numWarmupSteps);
        this.numTrainingSteps = NUM_TRAINING_STEPS.require(numTrainingSteps);
        this.lrEnd = LR_END.require(lrEnd);
        this.power = POWER.require(power);
        if (!(lr > lrEnd)) {
            throw LR_END.bad(lrEnd, "must be smaller than initial lr (" + lr + ")");
        }
        if (lr == 0) {
            throw LR.bad(lr, "must not be 0: the peer divides by it at every step from num_warmup_steps on");
        }
        double range = Require.range("lr", lr, "lr_end", lrEnd);
        this.warmup = warmup(lr, numWarmupSteps);
        this.decay = numTrainingSteps >= numWarmupSteps
                ? new QuotientPoly(numTrainingSteps - numWarmupSteps, power, range, lrEnd, lr) : null;
        this.after = lr * (lrEnd / lr);
        if (!Double.isFinite(after)) {
            throw new IllegalArgumentException("lr_end / lr must be finite (the rate past num_training_steps is lr x"
                    + " that), got lr_end=" + lrEnd + ", lr=" + lr);
        }
    }

    /**
     * Steps of the linear warm-up from 0.
     *
     * @return {@code num_warmup_steps}
     */
    public long numWarmupSteps() {
        return numWarmupSteps;
    }

    /**
     * The total number of training steps.
     *
     * @return {@code num_training_steps}
     */
    public long numTrainingSteps() {
        return numTrainingSteps;
    }

    /**
     * The rate at {@code num_training_steps} and after.
     *
     * @return {@code lr_end}
     */
    public double lrEnd() {
        return lrEnd;
    }

    /**
     * The power of the remaining fraction.
     *
     * @return {@code power}
     */
    public double power() {
        return power;
    }

    @Override
    public double at(long step) {
        step(step);
        if (step < numWarmupSteps) {
            return warmup.value(step);
        }
        if (step > numTrainingSteps) {
            return after;
        }
        return Overflow.check(decay.value(step - numWarmupSteps), step);
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        long end = first + count;
        long s = piece(sink, first, end, numWarmupSteps, 0, warmup);
        if (decay != null) {
            s = piece(sink, s, end, endAfter(numTrainingSteps), numWarmupSteps, decay);
        }
        constant(sink, s, end, end, after);
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
