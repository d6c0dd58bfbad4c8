package org.lrsched.peers.torch;

import static org.lrsched.peers.torch.TorchParams.LAST_EPOCH;
import static org.lrsched.peers.torch.TorchParams.LR;

import org.lrsched.Spec;
import org.lrsched.formula.ChainedFactors;
import org.lrsched.formula.ExponentialPow;
import org.lrsched.internal.Overflow;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * PyTorch's {@code ExponentialLR} by its closed form: {@code lr * gamma ** s} (C's pow for a float gamma, the exact
 * power for an int one). PyTorch's own {@code step()} multiplies by gamma each step, which drifts from this by a few
 * ulps (gamma 0.95, lr 0.05: 0.04072531249999999 at step 4, the closed form 0.0407253125).
 */
public final class ExponentialLR extends TorchSchedule implements Chainable {
    private static final Param<Number> GAMMA = TorchParams.gamma("the factor applied at every step");

    /** The type {@code torch.ExponentialLR} of the spec language. */
    public static final ScheduleType<ExponentialLR> TYPE = ScheduleType.<ExponentialLR>of("torch.ExponentialLR",
                    "PyTorch's ExponentialLR: lr * gamma ** s")
            .param(LR, ExponentialLR::lr)
            .param(GAMMA, ExponentialLR::gamma)
            .param(LAST_EPOCH, s -> -1L)
            .example("torch.ExponentialLR(lr=0.1, gamma=0.999)")
            .build(v -> {
                LAST_EPOCH.require(v.get(LAST_EPOCH));
                return new ExponentialLR(v.get(LR), v.get(GAMMA));
            });

    private final double lr;
    private final Number gamma;

    /**
     * The schedule.
     *
     * @param lr {@code lr}: the optimizer's initial lr
     * @param gamma {@code gamma}: the factor applied at every step: a {@link Long} is a Python int, whose powers are
     *     exact, any other number a float, whose powers are C's {@code pow}
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public ExponentialLR(double lr, Number gamma) {
        this.lr = LR.require(lr);
        this.gamma = GAMMA.require(gamma);
    }

    /**
     * The optimizer's initial lr.
     *
     * @return {@code lr}
     */
    public double lr() {
        return lr;
    }

    /**
     * The factor applied at every step.
     *
     * @return {@code gamma}
     */
    public Number gamma() {
        return gamma;
    }

    @Override
    public double closed(long step, double base) {
        return base * TorchParams.power(gamma, step, step);
    }

    @Override
    public double at(long step) {
        Require.step(step);
        return Overflow.check(closed(step, lr), step);
    }

    /** A float gamma of magnitude at most 1 is one stage for ever; other gammas are computed step by step. */
    @Override
    public ChainedFactors.Stage stage(long step) {
        return TorchParams.intOrGrowing(gamma) ? null : new ChainedFactors.TimesPow(gamma.doubleValue());
    }

    @Override
    public long runLast(long step) {
        return Long.MAX_VALUE;
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        if (gamma instanceof Double g) {
            sink.piece(count, first, 1, new ExponentialPow(g, lr));
        } else if (gamma.longValue() == 1 || gamma.longValue() == 0 && first > 0) {
            sink.constant(count, at(first)); // the int powers 1 ** s and 0 ** s (s > 0)
        } else {
            sink.perStep(count, first, this::at); // exact int powers: finite for about a thousand steps, or 0, +-1
        }
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
