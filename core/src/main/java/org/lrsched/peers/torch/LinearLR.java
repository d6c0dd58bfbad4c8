package org.lrsched.peers.torch;

import static org.lrsched.peers.torch.TorchParams.LAST_EPOCH;
import static org.lrsched.peers.torch.TorchParams.LR;

import org.lrsched.Spec;
import org.lrsched.formula.ChainedFactors;
import org.lrsched.formula.MulDivScaled;
import org.lrsched.internal.Overflow;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * PyTorch's {@code LinearLR} by its closed form:
 * {@code lr * (start_factor + (end_factor - start_factor) * min(total_iters, s) / total_iters)}. From
 * {@code total_iters} on that is {@code lr * (start + (end - start) * T / T)}, which may differ from
 * {@code lr * end_factor} in the last bit.
 */
public final class LinearLR extends TorchSchedule implements Chainable {
    private static final Param<Double> START_FACTOR = Param.of("start_factor", Kinds.REAL,
                    "the factor of the lr at step 0")
            .rule("> 0 and <= 1", f -> f > 0 && f <= 1).orElse(1.0 / 3);
    private static final Param<Double> END_FACTOR = Param.of("end_factor", Kinds.REAL,
                    "the factor of the lr from total_iters on")
            .rule("between 0 and 1", f -> f >= 0 && f <= 1).orElse(1.0);
    private static final Param<Long> TOTAL_ITERS = Param.of("total_iters", TorchKinds.INT,
                    "the steps over which the factor moves from start_factor to end_factor")
            .rule(">= 1 (0 divides by zero in PyTorch's closed form)", t -> t >= 1).orElse(5L);

    /** The type {@code torch.LinearLR} of the spec language. */
    public static final ScheduleType<LinearLR> TYPE = ScheduleType.<LinearLR>of("torch.LinearLR",
                    "PyTorch's LinearLR: the lr times a factor moving linearly from start_factor to end_factor")
            .param(LR, LinearLR::lr)
            .param(START_FACTOR, LinearLR::startFactor)
            .param(END_FACTOR, LinearLR::endFactor)
            .param(TOTAL_ITERS, LinearLR::totalIters)
            .param(LAST_EPOCH, s -> -1L)
            .example("torch.LinearLR(lr=0.1, start_factor=0.01, total_iters=1000)")
            .build(v -> {
                LAST_EPOCH.require(v.get(LAST_EPOCH));
                return new LinearLR(v.get(LR), v.get(START_FACTOR), v.get(END_FACTOR), v.get(TOTAL_ITERS));
            });

    private final double lr;
    private final double startFactor;
    private final double endFactor;
    private final long totalIters;
    private final double slope;
    private final double total;

    /**
     * The schedule.
     *
     * @param lr {@code lr}: the optimizer's initial lr
     * @param startFactor {@code start_factor}: the factor of the lr at step 0, {@code > 0} and {@code <= 1}
     *     (PyTorch's default 1/3)
     * @param endFactor {@code end_factor}: the factor of the lr from {@code total_iters} on, between 0 and 1
     *     (PyTorch's default 1.0)
     * @param totalIters {@code total_iters}: the steps over which the factor moves from {@code start_factor} to
     *     {@code end_factor}, {@code >= 1} (PyTorch's default 5)
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public LinearLR(double lr, double startFactor, double endFactor, long totalIters) {
        this.lr = LR.require(lr);
        this.startFactor = START_FACTOR.require(startFactor);
        this.endFactor = END_FACTOR.require(endFactor);
        this.totalIters = TOTAL_ITERS.require(totalIters);
        this.slope = endFactor - startFactor;
        this.total = totalIters;
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
     * The factor of the lr at step 0.
     *
     * @return {@code start_factor}
     */
    public double startFactor() {
        return startFactor;
    }

    /**
     * The factor of the lr from {@code total_iters} on.
     *
     * @return {@code end_factor}
     */
    public double endFactor() {
        return endFactor;
    }

    /**
     * The steps over which the factor moves from {@code start_factor} to {@code end_factor}.
     *
     * @return {@code total_iters}
     */
    public long totalIters() {
        return totalIters;
    }

    /** {@code start + ((end - start) * float(min(T, s))) / float(T)}. */
    private double multiplier(long step) {
        return startFactor + (slope * (double) Math.min(totalIters, step)) / total;
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
        return step < totalIters ? new ChainedFactors.TimesRamp(slope, total, startFactor)
                : new ChainedFactors.Times(multiplier(step));
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
            sink.piece(n, s, 1, new MulDivScaled(slope, total, startFactor, lr));
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
