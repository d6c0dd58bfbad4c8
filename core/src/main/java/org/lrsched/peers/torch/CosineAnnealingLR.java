package org.lrsched.peers.torch;

import static org.lrsched.peers.torch.TorchParams.LAST_EPOCH;
import static org.lrsched.peers.torch.TorchParams.LR;

import org.lrsched.Spec;
import org.lrsched.formula.ChainedFactors;
import org.lrsched.formula.MxnetCosine;
import org.lrsched.internal.Overflow;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * PyTorch's {@code CosineAnnealingLR} by its closed form:
 * {@code eta_min + (lr - eta_min) * (1 + cos(pi * s / T_max)) / 2}, which rises again past {@code T_max} (back to
 * lr at {@code 2 T_max}), as PyTorch's does. MXNet's cosine formula has the same operations in the same order.
 */
public final class CosineAnnealingLR extends TorchSchedule implements Chainable {
    private static final Param<Long> T_MAX = Param.of("T_max", TorchKinds.INT, "the steps of the half cosine")
            .rule(">= 1", t -> t >= 1);
    private static final Param<Double> ETA_MIN = Param.of("eta_min", Kinds.REAL, "the lr at T_max").orElse(0.0);

    /** The type {@code torch.CosineAnnealingLR} of the spec language. */
    public static final ScheduleType<CosineAnnealingLR> TYPE = ScheduleType.<CosineAnnealingLR>of(
                    "torch.CosineAnnealingLR",
                    "PyTorch's CosineAnnealingLR: a half cosine from lr to eta_min over T_max steps (and back up)")
            .param(LR, CosineAnnealingLR::lr)
            .param(T_MAX, CosineAnnealingLR::tMax)
            .param(ETA_MIN, CosineAnnealingLR::etaMin)
            .param(LAST_EPOCH, s -> -1L)
            .example("torch.CosineAnnealingLR(lr=0.1, T_max=1000, eta_min=0.001)")
            .build(v -> {
                LAST_EPOCH.require(v.get(LAST_EPOCH));
                return new CosineAnnealingLR(v.get(LR), v.get(T_MAX), v.get(ETA_MIN));
            });

    private final double lr;
    private final long tMax;
    private final double etaMin;
    private final MxnetCosine cosine;

    /**
     * The schedule.
     *
     * @param lr {@code lr}: the optimizer's initial lr
     * @param tMax {@code T_max}: the steps of the half cosine, {@code >= 1}
     * @param etaMin {@code eta_min}: the lr at {@code T_max} (PyTorch's default 0.0)
     * @throws IllegalArgumentException naming the parameter that is out of range, or both lrs where
     *     {@code lr - eta_min} is not finite
     */
    public CosineAnnealingLR(double lr, long tMax, double etaMin) {
        this.lr = LR.require(lr);
        this.tMax = T_MAX.require(tMax);
        this.etaMin = ETA_MIN.require(etaMin);
        this.cosine = new MxnetCosine(tMax, Require.range("lr", lr, "eta_min", etaMin), etaMin);
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
     * The steps of the half cosine.
     *
     * @return {@code T_max}
     */
    public long tMax() {
        return tMax;
    }

    /**
     * The lr at {@code T_max}.
     *
     * @return {@code eta_min}
     */
    public double etaMin() {
        return etaMin;
    }

    @Override
    public double closed(long step, double base) {
        return etaMin + ((base - etaMin) * (1 + StrictMath.cos((Math.PI * step) / tMax))) / 2;
    }

    @Override
    public double at(long step) {
        Require.step(step);
        return Overflow.check(cosine.value(step), step);
    }

    @Override
    public ChainedFactors.Stage stage(long step) {
        return new ChainedFactors.TowardCosine(tMax, etaMin);
    }

    @Override
    public long runLast(long step) {
        return Long.MAX_VALUE;
    }

    /** One piece: {@code pi * s} rounds differently for {@code s} and {@code s + 2 T_max}, so nothing repeats. */
    @Override
    public void plan(long first, long count, PieceSink sink) {
        sink.piece(count, first, 1, cosine);
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
