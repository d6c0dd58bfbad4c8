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
 * PyTorch's {@code StepLR} by its closed form: {@code lr * gamma ** (s // step_size)}, C's pow for a float gamma,
 * the exact power for an int one.
 */
public final class StepLR extends TorchSchedule implements Chainable {
    private static final Param<Long> STEP_SIZE = Param.of("step_size", TorchKinds.INT, "steps between two decays")
            .rule(">= 1", k -> k >= 1);
    private static final Param<Number> GAMMA = TorchParams.gamma("the factor applied every step_size steps")
            .orElse(0.1);

    public static final ScheduleType<StepLR> TYPE = ScheduleType.<StepLR>of("torch.StepLR",
                    "PyTorch's StepLR: lr * gamma ** (s // step_size)")
            .param(LR, StepLR::lr)
            .param(STEP_SIZE, StepLR::stepSize)
            .param(GAMMA, StepLR::gamma)
            .param(LAST_EPOCH, s -> -1L)
            .example("torch.StepLR(lr=0.1, step_size=30, gamma=0.1)")
            .build(v -> {
                LAST_EPOCH.require(v.get(LAST_EPOCH));
                return new StepLR(v.get(LR), v.get(STEP_SIZE), v.get(GAMMA));
            });

    private final double lr;
    private final long stepSize;
    private final Number gamma;

    public StepLR(double lr, long stepSize, Number gamma) {
        this.lr = LR.require(lr);
        this.stepSize = STEP_SIZE.require(stepSize);
        this.gamma = GAMMA.require(gamma);
    }

    public double lr() {
        return lr;
    }

    public long stepSize() {
        return stepSize;
    }

    public Number gamma() {
        return gamma;
    }

    /** {@code gamma ** n}, as Python computes it (raising where it overflows). */
    private double factor(long n, long step) {
        return TorchParams.power(gamma, n, step);
    }

    @Override
    public double closed(long step, double base) {
        return base * factor(step / stepSize, step);
    }

    @Override
    public double at(long step) {
        Require.step(step);
        return Overflow.check(closed(step, lr), step);
    }

    @Override
    public ChainedFactors.Stage stage(long step) {
        return new ChainedFactors.Times(factor(step / stepSize, step));
    }

    @Override
    public long runLast(long step) {
        long n = step / stepSize;
        return n >= Long.MAX_VALUE / stepSize ? Long.MAX_VALUE : Math.min(Long.MAX_VALUE, (n + 1) * stepSize - 1);
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        if (stepSize == 1 && gamma instanceof Double g && Math.abs(g) <= 1) {
            sink.piece(count, first, 1, new ExponentialPow(g, lr)); // lr * pow(gamma, s), step by step
            return;
        }
        long end = first + count;
        long s = first;
        while (s < end) {
            double factor = factor(s / stepSize, s);
            double value = lr * factor;
            if (TorchParams.settled(gamma, factor)) {
                sink.constant(end - s, value);
                return;
            }
            long last = runLast(s);
            long next = last >= end - 1 ? end : last + 1;
            sink.constant(next - s, value);
            s = next;
        }
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
