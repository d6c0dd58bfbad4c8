package org.lrsched.peers.torch;

import static org.lrsched.peers.torch.TorchParams.LAST_EPOCH;
import static org.lrsched.peers.torch.TorchParams.LR;

import java.util.Arrays;
import org.lrsched.Spec;
import org.lrsched.formula.ChainedFactors;
import org.lrsched.internal.Overflow;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * PyTorch's {@code MultiStepLR} by its closed form: {@code lr * gamma ** n}, {@code n} the number of milestones at
 * or below the step (sorted, a repeated milestone counting as often as it is listed).
 */
public final class MultiStepLR extends TorchSchedule implements Chainable {
    private static final Param<long[]> MILESTONES = Param.of("milestones", Kinds.STEPS,
                    "the steps at which the rate is multiplied by gamma (any order; a repeated one decays again)")
            .rule("a list of steps >= 0 (PyTorch's closed form counts a negative milestone from step 0, its"
                    + " recursion never does)", m -> Arrays.stream(m).allMatch(x -> x >= 0));
    private static final Param<Number> GAMMA = TorchParams.gamma("the factor applied at each milestone").orElse(0.1);

    /** The type {@code torch.MultiStepLR} of the spec language. */
    public static final ScheduleType<MultiStepLR> TYPE = ScheduleType.<MultiStepLR>of("torch.MultiStepLR",
                    "PyTorch's MultiStepLR: lr * gamma ** (the number of milestones <= s)")
            .param(LR, MultiStepLR::lr)
            .param(MILESTONES, MultiStepLR::milestones)
            .param(GAMMA, MultiStepLR::gamma)
            .param(LAST_EPOCH, s -> -1L)
            .example("torch.MultiStepLR(lr=0.1, milestones=[30, 80], gamma=0.1)")
            .build(v -> {
                LAST_EPOCH.require(v.get(LAST_EPOCH));
                return new MultiStepLR(v.get(LR), v.get(MILESTONES), v.get(GAMMA));
            });

    private final double lr;
    private final long[] milestones;
    private final long[] sorted;
    private final Number gamma;

    /**
     * The schedule.
     *
     * @param lr {@code lr}: the optimizer's initial lr
     * @param milestones {@code milestones}: the steps at which the lr is multiplied by {@code gamma}, each
     *     {@code >= 0}, in any order (a repeated one decays again)
     * @param gamma {@code gamma}: the factor applied at each milestone: a {@link Long} is a Python int, whose powers
     *     are exact, any other number a float, whose powers are C's {@code pow} (PyTorch's default 0.1)
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public MultiStepLR(double lr, long[] milestones, Number gamma) {
        this.lr = LR.require(lr);
        this.milestones = MILESTONES.require(milestones.clone());
        this.sorted = this.milestones.clone();
        Arrays.sort(sorted);
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
     * The steps at which the lr is multiplied by {@code gamma}, as written.
     *
     * @return a copy of {@code milestones}
     */
    public long[] milestones() {
        return milestones.clone();
    }

    /**
     * The factor applied at each milestone.
     *
     * @return {@code gamma}
     */
    public Number gamma() {
        return gamma;
    }

    /** Python's {@code bisect_right(sorted(milestones), step)}: how many milestones are at or below the step. */
    private int passed(long step) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= step) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public double closed(long step, double base) {
        return base * TorchParams.power(gamma, passed(step), step);
    }

    @Override
    public double at(long step) {
        Require.step(step);
        return Overflow.check(closed(step, lr), step);
    }

    @Override
    public ChainedFactors.Stage stage(long step) {
        return new ChainedFactors.Times(TorchParams.power(gamma, passed(step), step));
    }

    @Override
    public long runLast(long step) {
        int n = passed(step);
        return n == sorted.length ? Long.MAX_VALUE : sorted[n] - 1;
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        long end = first + count;
        long s = first;
        while (s < end) {
            double factor = TorchParams.power(gamma, passed(s), s);
            long last = runLast(s);
            long next = last >= end - 1 ? end : last + 1;
            sink.constant(next - s, lr * factor);
            s = next;
        }
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
