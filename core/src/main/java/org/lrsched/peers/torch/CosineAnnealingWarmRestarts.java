package org.lrsched.peers.torch;

import static org.lrsched.peers.torch.TorchParams.LAST_EPOCH;
import static org.lrsched.peers.torch.TorchParams.LR;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.lrsched.Spec;
import org.lrsched.formula.MxnetCosine;
import org.lrsched.internal.Overflow;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.schedule.Cycle;
import org.lrsched.schedule.Cyclic;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * PyTorch's {@code CosineAnnealingWarmRestarts} as plain {@code step()} calls advance it: integer {@code T_cur} and
 * {@code T_i}, cycle k lasting {@code T_0 * T_mult ** k} steps, and in each
 * {@code eta_min + (lr - eta_min) * (1 + cos(pi * T_cur / T_i)) / 2}. The cycle is found exactly at every step;
 * PyTorch's {@code step(epoch)} finds it with a float logarithm, which is wrong at some restarts (T_0=1, T_mult=3,
 * step 121: log(243, 3) is 4.999999999999999, so it gives eta_min instead of lr).
 */
public final class CosineAnnealingWarmRestarts extends TorchSchedule implements Cyclic {
    private static final Param<Long> T_0 = Param.of("T_0", TorchKinds.INT, "the steps of the first cycle")
            .rule("a positive integer", t -> t > 0);
    private static final Param<Long> T_MULT = Param.of("T_mult", TorchKinds.INT,
                    "each cycle lasts T_mult times the one before")
            .rule("an integer >= 1", t -> t >= 1).orElse(1L);
    private static final Param<Double> ETA_MIN = Param.of("eta_min", Kinds.REAL, "the lr at each cycle's end")
            .orElse(0.0);

    /** The type {@code torch.CosineAnnealingWarmRestarts} of the spec language. */
    public static final ScheduleType<CosineAnnealingWarmRestarts> TYPE = ScheduleType.<CosineAnnealingWarmRestarts>of(
                    "torch.CosineAnnealingWarmRestarts",
                    "PyTorch's CosineAnnealingWarmRestarts (SGDR): half cosines from lr to eta_min, restarting,"
                            + " each cycle T_mult times longer")
            .param(LR, CosineAnnealingWarmRestarts::lr)
            .param(T_0, CosineAnnealingWarmRestarts::t0)
            .param(T_MULT, CosineAnnealingWarmRestarts::tMult)
            .param(ETA_MIN, CosineAnnealingWarmRestarts::etaMin)
            .param(LAST_EPOCH, s -> -1L)
            .example("torch.CosineAnnealingWarmRestarts(lr=0.1, T_0=1000, T_mult=2, eta_min=0.0001)")
            .build(v -> {
                LAST_EPOCH.require(v.get(LAST_EPOCH));
                return new CosineAnnealingWarmRestarts(v.get(LR), v.get(T_0), v.get(T_MULT), v.get(ETA_MIN));
            });

    private final double lr;
    private final long t0;
    private final long tMult;
    private final double etaMin;
    /** {@code T_mult == 1}: every cycle's formula. */
    private final MxnetCosine only;
    /**
     * {@code T_mult >= 2}: the first step of each cycle that starts within the long steps, its length ({@code
     * Long.MAX_VALUE} past every long) and its formula.
     */
    private final long[] starts;
    private final long[] lengths;
    private final MxnetCosine[] cosines;

    /**
     * The schedule.
     *
     * @param lr {@code lr}: the optimizer's initial lr
     * @param t0 {@code T_0}: the steps of the first cycle, {@code > 0}
     * @param tMult {@code T_mult}: each cycle lasts {@code T_mult} times the one before, {@code >= 1} (PyTorch's
     *     default 1)
     * @param etaMin {@code eta_min}: the lr at each cycle's end (PyTorch's default 0.0)
     * @throws IllegalArgumentException naming the parameter that is out of range, or both lrs where
     *     {@code lr - eta_min} is not finite
     */
    public CosineAnnealingWarmRestarts(double lr, long t0, long tMult, double etaMin) {
        this.lr = LR.require(lr);
        this.t0 = T_0.require(t0);
        this.tMult = T_MULT.require(tMult);
        this.etaMin = ETA_MIN.require(etaMin);
        double range = Require.range("lr", lr, "eta_min", etaMin);
        if (tMult == 1) {
            this.only = new MxnetCosine(t0, range, etaMin);
            this.starts = null;
            this.lengths = null;
            this.cosines = null;
            return;
        }
        this.only = null;
        List<Long> first = new ArrayList<>();
        List<Long> steps = new ArrayList<>();
        List<MxnetCosine> formulas = new ArrayList<>();
        BigInteger start = BigInteger.ZERO;
        BigInteger length = BigInteger.valueOf(t0);
        BigInteger last = BigInteger.valueOf(Long.MAX_VALUE);
        while (start.compareTo(last) <= 0) { // at most 63 cycles start within the long steps
            first.add(start.longValueExact());
            steps.add(length.bitLength() < 64 ? length.longValue() : Long.MAX_VALUE);
            formulas.add(new MxnetCosine(length.doubleValue(), range, etaMin)); // float(T_i), rounded once
            start = start.add(length);
            length = length.multiply(BigInteger.valueOf(tMult));
        }
        this.starts = first.stream().mapToLong(Long::longValue).toArray();
        this.lengths = steps.stream().mapToLong(Long::longValue).toArray();
        this.cosines = formulas.toArray(new MxnetCosine[0]);
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
     * The steps of the first cycle.
     *
     * @return {@code T_0}
     */
    public long t0() {
        return t0;
    }

    /**
     * How many times longer each cycle is than the one before.
     *
     * @return {@code T_mult}
     */
    public long tMult() {
        return tMult;
    }

    /**
     * The lr at each cycle's end.
     *
     * @return {@code eta_min}
     */
    public double etaMin() {
        return etaMin;
    }

    /**
     * The cycle of {@code step}: cycle {@code k} lasts {@code T_0 * T_mult ** k} steps, as PyTorch's {@code T_i}.
     *
     * @param step a step
     * @return its cycle, found exactly
     */
    @Override
    public Cycle cycleOf(long step) {
        Require.step(step);
        if (tMult == 1) {
            return new Cycle(step / t0, step - step % t0, t0);
        }
        int k = indexOf(step);
        return new Cycle(k, starts[k], lengths[k]);
    }

    /**
     * PyTorch's cycles are not scaled.
     *
     * @param cycle a cycle's index, {@code >= 0}
     * @return empty
     */
    @Override
    public OptionalDouble cycleScale(long cycle) {
        Require.nonNegative("cycle", cycle);
        return OptionalDouble.empty();
    }

    /** The index of the cycle holding {@code step} (T_mult >= 2): the last whose start is at or before it. */
    private int indexOf(long step) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= step) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    @Override
    public double at(long step) {
        Require.step(step);
        if (tMult == 1) {
            return Overflow.check(only.value(step % t0), step);
        }
        int k = indexOf(step);
        return Overflow.check(cosines[k].value(step - starts[k]), step);
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        long end = first + count;
        long s = first;
        if (tMult == 1) {
            long offset = s % t0;
            long n = Math.min(end - s, t0 - offset);
            sink.piece(n, offset, 1, only);
            s += n;
            if (s < end && offset == 0) { // a whole cycle is in the table: every later one is a copy of it
                sink.repeat(end - s, t0);
                return;
            }
            if (s < end) {
                n = Math.min(end - s, t0);
                sink.piece(n, 0, 1, only);
                s += n;
                if (s < end) {
                    sink.repeat(end - s, t0);
                }
            }
            return;
        }
        for (int k = indexOf(s); s < end; k++) {
            long cycleEnd = k + 1 < starts.length ? Math.min(end, starts[k + 1]) : end;
            sink.piece(cycleEnd - s, s - starts[k], 1, cosines[k]);
            s = cycleEnd;
        }
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
