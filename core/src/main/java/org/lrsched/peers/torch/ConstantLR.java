package org.lrsched.peers.torch;

import static org.lrsched.peers.torch.TorchParams.LAST_EPOCH;
import static org.lrsched.peers.torch.TorchParams.LR;

import org.lrsched.Spec;
import org.lrsched.formula.ChainedFactors;
import org.lrsched.internal.Overflow;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * PyTorch's {@code ConstantLR} by its closed form: {@code lr * (factor + (s >= total_iters) * (1 - factor))}, i.e.
 * {@code lr * (factor + 0.0)} before {@code total_iters} and {@code lr * (factor + (1 - factor))} from it on.
 */
public final class ConstantLR extends TorchSchedule implements Chainable {
    private static final Param<Double> FACTOR = Param.of("factor", Kinds.REAL,
                    "the factor of the lr until total_iters")
            .rule("between 0 and 1", f -> f >= 0 && f <= 1).orElse(1.0 / 3);
    private static final Param<Long> TOTAL_ITERS = Param.of("total_iters", TorchKinds.INT,
                    "the steps during which the lr is multiplied by factor")
            .rule(">= 1 (for 0 or less PyTorch's recursion and closed form disagree)", t -> t >= 1).orElse(5L);

    /** The type {@code torch.ConstantLR} of the spec language. */
    public static final ScheduleType<ConstantLR> TYPE = ScheduleType.<ConstantLR>of("torch.ConstantLR",
                    "PyTorch's ConstantLR: lr * factor until total_iters, then lr")
            .param(LR, ConstantLR::lr)
            .param(FACTOR, ConstantLR::factor)
            .param(TOTAL_ITERS, ConstantLR::totalIters)
            .param(LAST_EPOCH, s -> -1L)
            .example("torch.ConstantLR(lr=0.1, factor=0.5, total_iters=4)")
            .build(v -> {
                LAST_EPOCH.require(v.get(LAST_EPOCH));
                return new ConstantLR(v.get(LR), v.get(FACTOR), v.get(TOTAL_ITERS));
            });

    private final double lr;
    private final double factor;
    private final long totalIters;

    /**
     * The schedule.
     *
     * @param lr {@code lr}: the optimizer's initial lr
     * @param factor {@code factor}: the factor of the lr until {@code total_iters}, between 0 and 1 (PyTorch's
     *     default 1/3)
     * @param totalIters {@code total_iters}: the steps during which the lr is multiplied by {@code factor},
     *     {@code >= 1} (PyTorch's default 5)
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public ConstantLR(double lr, double factor, long totalIters) {
        this.lr = LR.require(lr);
        this.factor = FACTOR.require(factor);
        this.totalIters = TOTAL_ITERS.require(totalIters);
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
     * The factor of the lr until {@code total_iters}.
     *
     * @return {@code factor}
     */
    public double factor() {
        return factor;
    }

    /**
     * The steps during which the lr is multiplied by {@code factor}.
     *
     * @return {@code total_iters}
     */
    public long totalIters() {
        return totalIters;
    }

    /** {@code factor + (s >= total_iters) * (1 - factor)}: the bool is 0 or 1, and {@code 0 * x} is 0.0. */
    private double multiplier(long step) {
        return factor + (step >= totalIters ? 1 - factor : 0.0);
    }

    @Override
    public double closed(long step, double base) {
        return base * multiplier(step);
    }

    @Override
    public double at(long step) {
        Require.step(step);
        return Overflow.check(closed(step, lr), step);
    }

    @Override
    public ChainedFactors.Stage stage(long step) {
        return new ChainedFactors.Times(multiplier(step));
    }

    @Override
    public long runLast(long step) {
        return step < totalIters ? totalIters - 1 : Long.MAX_VALUE;
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        long end = first + count;
        long s = first;
        if (s < totalIters) {
            long n = Math.min(end, totalIters) - s;
            sink.constant(n, closed(s, lr));
            s += n;
        }
        if (s < end) {
            sink.constant(end - s, closed(s, lr));
        }
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
