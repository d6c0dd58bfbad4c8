package org.lrsched.peers.transformers;

import org.lrsched.formula.AffineCosine;
import org.lrsched.formula.DivScale;
import org.lrsched.internal.Overflow;
import org.lrsched.plan.PieceSink;

/**
 * The lambda that {@code get_cosine_schedule_with_warmup} and {@code get_cosine_with_min_lr_schedule_with_warmup}
 * share (the module's second definition of {@code _get_cosine_schedule_with_warmup_lr_lambda}, which shadows the
 * first): the warm-up, then {@code progress = float(step - W) / float(max(1, T - W))}, {@code factor = 0.5 * (1.0 +
 * cos(pi * num_cycles * 2.0 * progress))}, {@code max(0, factor * (1 - rate) + rate)}. Not clamped at
 * {@code num_training_steps}: past it the cosine goes on (and rises again), as the peer's formula does.
 */
final class CosineLambda {
    private final long numWarmupSteps;
    private final DivScale warmup;
    private final AffineCosine cosine;

    CosineLambda(double lr, long numWarmupSteps, long numTrainingSteps, double k, double rate) {
        this.numWarmupSteps = numWarmupSteps;
        this.warmup = TransformersSchedule.warmup(lr, numWarmupSteps);
        double d = (double) Math.max(1, numTrainingSteps - numWarmupSteps);
        this.cosine = new AffineCosine(d, 0.0, 1.0, 0.0, k, 1.0, 0.5, 1 - rate, rate, lr, true);
    }

    double at(long step) {
        TransformersSchedule.step(step);
        if (step < numWarmupSteps) {
            return warmup.value(step);
        }
        return Overflow.check(cosine.value(step - numWarmupSteps), step);
    }

    void plan(long first, long count, PieceSink sink) {
        long end = first + count;
        long s = TransformersSchedule.piece(sink, first, end, numWarmupSteps, 0, warmup);
        TransformersSchedule.piece(sink, s, end, end, numWarmupSteps, cosine);
    }
}
