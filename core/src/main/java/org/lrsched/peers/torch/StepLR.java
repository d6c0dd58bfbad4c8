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

    /** The type {@code torch.StepLR} of the spec language. */
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

    /**
     * The schedule.
     *
     * @param lr {@code lr}: the optimizer's initial lr
     * @param stepSize {@code step_size}: steps between two decays, {@code >= 1}
     * @param gamma {@code gamma}: the factor applied every {@code step_size} steps: a {@link Long} is a Python int,
     *     whose powers are exact, any other number a float, whose powers are C's {@code pow} (PyTorch's default 0.1)
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public StepLR(double lr, long stepSize, Number gamma) {
        this.lr = LR.require(lr);
        this.stepSize = STEP_SIZE.require(stepSize);
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
     * Steps between two decays.
     *
     * @return {@code step_size}
     */
    public long stepSize() {
        return stepSize;
    }

    /**
     * The factor applied every {@code step_size} steps.
     *
     * @return {@code gamma}
     */
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
