package org.lrsched.peers.torch;

import static org.lrsched.peers.torch.TorchParams.LAST_EPOCH;
import static org.lrsched.peers.torch.TorchParams.LR;

import java.util.Arrays;
import java.util.List;
import org.lrsched.Schedule;
import org.lrsched.Spec;
import org.lrsched.plan.PieceSink;
import org.lrsched.schedule.Composite;
import org.lrsched.schedule.Part;
import org.lrsched.schedule.SequenceSchedule;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * PyTorch's {@code SequentialLR} as a join: scheduler {@code i} runs from milestone {@code i-1} on, seeing the step
 * minus that milestone, every scheduler with the SequentialLR's lr (PyTorch restarts each at its milestone with
 * its closed form at 0 from the optimizer's initial lr, then steps its recursion, which drifts from its closed form
 * as the bare scheduler's does).
 */
public final class SequentialLR extends TorchSchedule implements Composite {
    private static final Param<List<Schedule>> SCHEDULERS = Param.of("schedulers", Kinds.schedules(List.of("lr")),
                    "the torch schedulers, in order, each without lr (they take the SequentialLR's)")
            .rule("a list of at least one scheduler", l -> !l.isEmpty())
            .rule("a list of torch schedulers (PyTorch's schedulers share one optimizer)",
                    l -> l.stream().allMatch(s -> s.spec().type().startsWith("torch.")));
    private static final Param<long[]> MILESTONES = Param.of("milestones", Kinds.STEPS,
                    "the step at which each scheduler after the first starts, one fewer than schedulers")
            .rule("a list of steps >= 1 (PyTorch never switches at step 0: it would stack the first two)",
                    m -> Arrays.stream(m).allMatch(x -> x >= 1))
            .rule("non-decreasing", SequentialLR::nonDecreasing);

    /** The type {@code torch.SequentialLR} of the spec language. */
    public static final ScheduleType<SequentialLR> TYPE = ScheduleType.<SequentialLR>of("torch.SequentialLR",
                    "PyTorch's SequentialLR: schedulers one after another, each restarted at its milestone")
            .param(LR, SequentialLR::lr)
            .param(SCHEDULERS, SequentialLR::schedulers)
            .param(MILESTONES, SequentialLR::milestones)
            .param(LAST_EPOCH, s -> -1L)
            .example("torch.SequentialLR(lr=0.1, schedulers=[torch.LinearLR(start_factor=0.01, total_iters=1000),"
                    + " torch.CosineAnnealingLR(T_max=99000)], milestones=[1000])")
            .build(v -> {
                LAST_EPOCH.require(v.get(LAST_EPOCH));
                return new SequentialLR(v.get(LR), v.get(SCHEDULERS), v.get(MILESTONES));
            });

    private final double lr;
    private final List<Schedule> schedulers;
    private final long[] milestones;
    private final SequenceSchedule sequence;

    /**
     * The schedule.
     *
     * @param lr {@code lr}: the optimizer's initial lr, which every scheduler takes
     * @param schedulers {@code schedulers}: the torch schedulers, in order, at least one, each built with this
     *     {@code lr} (in a spec, written without it)
     * @param milestones {@code milestones}: the step at which each scheduler after the first starts: each
     *     {@code >= 1}, non-decreasing, one fewer than schedulers
     * @throws IllegalArgumentException naming the parameter that is out of range, or {@code lr} where a scheduler has
     *     another
     */
    public SequentialLR(double lr, List<Schedule> schedulers, long[] milestones) {
        this.lr = LR.require(lr);
        this.schedulers = List.copyOf(SCHEDULERS.require(schedulers));
        this.milestones = MILESTONES.require(milestones.clone());
        if (milestones.length != schedulers.size() - 1) {
            throw MILESTONES.bad(milestones, "must hold one milestone fewer than schedulers (" + schedulers.size()
                    + "), as PyTorch requires");
        }
        TorchParams.requireSharedLr(lr, this.schedulers);
        this.sequence = new SequenceSchedule(this.schedulers, this.milestones);
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
     * The schedulers, in order.
     *
     * @return {@code schedulers}, unmodifiable
     */
    public List<Schedule> schedulers() {
        return schedulers;
    }

    /**
     * Where the schedulers after the first start.
     *
     * @return a copy of {@code milestones}
     */
    public long[] milestones() {
        return milestones.clone();
    }

    /**
     * The schedulers, each from its milestone to the step before the next one, shifted by its milestone, as {@link
     * SequenceSchedule#parts()}.
     *
     * @return the schedulers that compute a step
     */
    @Override
    public List<Part<Schedule>> parts() {
        return sequence.parts();
    }

    @Override
    public double at(long step) {
        return sequence.at(step);
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        sequence.plan(first, count, sink);
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }

    private static boolean nonDecreasing(long[] steps) {
        for (int i = 1; i < steps.length; i++) {
            if (steps[i] < steps[i - 1]) {
                return false;
            }
        }
        return true;
    }
}
