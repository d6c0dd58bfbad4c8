package org.lrsched.peers.transformers;

import org.lrsched.Spec;
import org.lrsched.formula.DivScale;
import org.lrsched.formula.InvSqrtQuotient;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * transformers' {@code get_inverse_sqrt_schedule}: the warm-up, then {@code lr * (1.0 / sqrt((step + timescale -
 * W) / timescale))}, the quotient Python's int/int division; {@code timescale} defaults to
 * {@code num_warmup_steps or 10000}.
 */
public final class GetInverseSqrtSchedule extends TransformersSchedule {
    private static final Param<Long> TIMESCALE = Param.of("timescale", Kinds.INTEGER,
            "steps over which the decay halves the square root (None: num_warmup_steps or 10000)")
            .rule("> 0", t -> t > 0).optional();

    /** The type {@code transformers.get_inverse_sqrt_schedule} of the spec language. */
    public static final ScheduleType<GetInverseSqrtSchedule> TYPE = ScheduleType.<GetInverseSqrtSchedule>of(
                    "transformers.get_inverse_sqrt_schedule",
                    "transformers' get_inverse_sqrt_schedule: a linear warm-up from 0, then lr / sqrt((step + shift)"
                            + " / timescale)")
            .param(LR, GetInverseSqrtSchedule::lr)
            .param(NUM_WARMUP_STEPS, GetInverseSqrtSchedule::numWarmupSteps)
            .param(TIMESCALE, GetInverseSqrtSchedule::timescale)
            .example("transformers.get_inverse_sqrt_schedule(lr=1e-3, num_warmup_steps=4000)")
            .build(v -> new GetInverseSqrtSchedule(v.get(LR), v.get(NUM_WARMUP_STEPS), v.get(TIMESCALE)));

    private final long numWarmupSteps;
    private final Long timescale;
    private final DivScale warmup;
    private final InvSqrtQuotient decay;

    /**
     * The schedule.
     *
     * @param lr {@code lr}: the optimizer's initial lr, which {@code LambdaLR} multiplies by the lambda (the peer's
     *     {@code optimizer})
     * @param numWarmupSteps {@code num_warmup_steps}: steps of the linear warm-up from 0 (0: none), {@code >= 0}
     * @param timescale {@code timescale}: the steps per unit of the quotient under the square root, {@code > 0}; null
     *     for {@code num_warmup_steps or 10000}, as the peer's None (transformers' default None)
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public GetInverseSqrtSchedule(double lr, long numWarmupSteps, Long timescale) {
        super(lr);
        this.numWarmupSteps = NUM_WARMUP_STEPS.require(numWarmupSteps);
        this.timescale = TIMESCALE.require(timescale);
        long ts = timescale != null ? timescale : numWarmupSteps != 0 ? numWarmupSteps : 10_000;
        this.warmup = warmup(lr, numWarmupSteps);
        this.decay = new InvSqrtQuotient(ts, ts, lr);
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
     * The steps per unit of the quotient under the square root, as given.
     *
     * @return {@code timescale}, or null for the peer's default ({@code num_warmup_steps or 10000})
     */
    public Long timescale() {
        return timescale;
    }

    @Override
    public double at(long step) {
        step(step);
        return step < numWarmupSteps ? warmup.value(step) : decay.value(step - numWarmupSteps);
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        long end = first + count;
        long s = piece(sink, first, end, numWarmupSteps, 0, warmup);
        piece(sink, s, end, end, numWarmupSteps, decay);
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
