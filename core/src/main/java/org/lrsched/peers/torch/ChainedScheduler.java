package org.lrsched.peers.torch;

import static org.lrsched.peers.torch.TorchParams.LR;

import java.util.ArrayList;
import java.util.List;
import org.lrsched.Schedule;
import org.lrsched.Spec;
import org.lrsched.formula.ChainedFactors;
import org.lrsched.internal.Overflow;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * PyTorch's {@code ChainedScheduler} (and a list of schedulers stepped together on one optimizer) as the fold of
 * its schedulers' closed forms in list order: {@code v = lr}, then {@code v = closed_i(s)} with {@code v} in place of
 * the lr. For the multiplicative schedulers this is what PyTorch's stepping computes, up to rounding; a cosine with
 * {@code eta_min != 0} has no closed form that PyTorch's recursion matches exactly (the difference is of the order
 * of eta_min). Only chainable schedulers: CyclicLR, OneCycleLR, CosineAnnealingWarmRestarts and SequentialLR
 * overwrite the lr from their own base each step, so a chain with one has no closed form.
 */
public final class ChainedScheduler extends TorchSchedule implements Chainable {
    private static final Param<List<Schedule>> SCHEDULERS = Param.of("schedulers", Kinds.schedules(List.of("lr")),
                    "the chainable torch schedulers, stepped in this order on the same lr, each without lr")
            .rule("a list of at least one scheduler", l -> !l.isEmpty())
            .rule("a list of chainable torch schedulers (StepLR, MultiStepLR, ConstantLR, LinearLR, ExponentialLR,"
                    + " PolynomialLR, CosineAnnealingLR, ChainedScheduler); the others recompute the lr from their"
                    + " own base", l -> l.stream().allMatch(s -> s instanceof Chainable));

    /** The type {@code torch.ChainedScheduler} of the spec language. */
    public static final ScheduleType<ChainedScheduler> TYPE = ScheduleType.<ChainedScheduler>of(
                    "torch.ChainedScheduler",
                    "PyTorch's ChainedScheduler: chainable schedulers applied one after the other to the same lr")
            .param(LR, ChainedScheduler::lr)
            .param(SCHEDULERS, ChainedScheduler::schedulers)
            .example("torch.ChainedScheduler(lr=0.1, schedulers=[torch.ConstantLR(factor=0.1, total_iters=20),"
                    + " torch.ExponentialLR(gamma=0.9)])")
            .build(v -> new ChainedScheduler(v.get(LR), v.get(SCHEDULERS)));

    private final double lr;
    private final List<Schedule> schedulers;
    private final List<Chainable> parts;

    /**
     * The schedule.
     *
     * @param lr {@code lr}: the optimizer's initial lr, which every scheduler takes
     * @param schedulers {@code schedulers}: the chainable torch schedulers ({@code StepLR}, {@code MultiStepLR},
     *     {@code ConstantLR}, {@code LinearLR}, {@code ExponentialLR}, {@code PolynomialLR},
     *     {@code CosineAnnealingLR}, {@code ChainedScheduler}), applied in this order, at least one, each built with
     *     this {@code lr} (in a spec, written without it)
     * @throws IllegalArgumentException naming the parameter that is out of range, or {@code lr} where a scheduler has
     *     another
     */
    public ChainedScheduler(double lr, List<Schedule> schedulers) {
        this.lr = LR.require(lr);
        this.schedulers = List.copyOf(SCHEDULERS.require(schedulers));
        TorchParams.requireSharedLr(lr, this.schedulers);
        this.parts = this.schedulers.stream().map(s -> (Chainable) s).toList();
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
     * The schedulers, in the order they are applied.
     *
     * @return {@code schedulers}, unmodifiable
     */
    public List<Schedule> schedulers() {
        return schedulers;
    }

    @Override
    public double closed(long step, double base) {
        double v = base;
        for (Chainable part : parts) {
            v = part.closed(step, v);
        }
        return v;
    }

    @Override
    public double at(long step) {
        Require.step(step);
        return Overflow.check(closed(step, lr), step);
    }

    @Override
    public ChainedFactors.Stage stage(long step) {
        return null; // several stages: addStages
    }

    @Override
    public boolean addStages(long step, List<ChainedFactors.Stage> stages) {
        for (Chainable part : parts) {
            if (!part.addStages(step, stages)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public long runLast(long step) {
        long last = Long.MAX_VALUE;
        for (Chainable part : parts) {
            last = Math.min(last, part.runLast(step));
        }
        return last;
    }

    /**
     * The common refinement of the parts' runs: on each, one constant where every stage is a constant factor, one
     * {@link ChainedFactors} piece otherwise, and the fold step by step where a part has no stage.
     */
    @Override
    public void plan(long first, long count, PieceSink sink) {
        long end = first + count;
        long s = first;
        while (s < end) {
            long n = Math.min(runLast(s), end - 1) - s + 1;
            List<ChainedFactors.Stage> stages = new ArrayList<>();
            if (!addStages(s, stages)) {
                sink.perStep(n, s, this::at);
            } else if (stages.stream().allMatch(st -> st instanceof ChainedFactors.Times)) {
                sink.constant(n, closed(s, lr));
            } else {
                sink.piece(n, s, 1, new ChainedFactors(lr, stages));
            }
            s += n;
        }
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
