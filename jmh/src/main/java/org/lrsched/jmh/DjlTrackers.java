package org.lrsched.jmh;

import ai.djl.training.tracker.CosineTracker;
import ai.djl.training.tracker.CyclicalTracker;
import ai.djl.training.tracker.MultiFactorTracker;
import ai.djl.training.tracker.Tracker;
import ai.djl.training.tracker.WarmUpTracker;

/**
 * DJL's trackers for the peer workloads, built as a DJL user would write the same schedule. Differences from our
 * tables, each held to its bound by {@link PeerCheck#djl}:
 * <ul>
 *   <li>Every tracker computes in float (and takes an int step): values are off by a few float ulps of the
 *       largest rate rather than of each value, since small values come out of float sums of large ones.
 *   <li>warmup_cosine_full: {@code final + (base - final) / 2 * (1 + (float) Math.cos(pi * step / L))}, the same
 *       curve as ours in another order of operations; its warm-up ends where ours does.
 *   <li>cyclical_triangular: {@code CyclicalTracker} (PyTorch's CyclicLR) places a step in its cycle through
 *       {@code 1 + step / 500f - cycle} in float, whose resolution falls as steps grow: 2^-9 of a cycle (about
 *       one step) near step 10^7, so the triangle is off by up to one step's rise there.
 *   <li>warmup_multifactor: MXNet's meaning (a decay after each listed step), but {@code MultiFactorTracker}
 *       keeps a cursor that only moves forward, so each table needs a fresh tracker.
 * </ul>
 */
final class DjlTrackers {
    private DjlTrackers() {}

    /** A tracker that has never been asked for a value. */
    static Tracker fresh(String workload, int steps) {
        switch (workload) {
            case "warmup_cosine_full": {
                int warmup = Workloads.cosineWarmup(steps);
                Tracker cosine = CosineTracker.builder().setBaseValue((float) Workloads.COSINE_MAX_LR)
                        .optFinalValue((float) Workloads.COSINE_MIN_LR).setMaxUpdates(steps - warmup).build();
                return WarmUpTracker.builder().setMainTracker(cosine).optWarmUpSteps(warmup)
                        .optWarmUpBeginValue(0).build();
            }
            case "cyclical_triangular":
                return CyclicalTracker.builder().optBaseValue(0.5f).optMaxValue(2f).optStepSizeUp(250)
                        .optStepSizeDown(250).build();
            case "warmup_multifactor": {
                Tracker multiFactor = MultiFactorTracker.builder().setSteps(new int[] {250, 750, 900}).optFactor(0.5f)
                        .setBaseValue(1).build();
                return WarmUpTracker.builder().setMainTracker(multiFactor).optWarmUpSteps(250)
                        .optWarmUpBeginValue(0).build();
            }
            default:
                throw new IllegalArgumentException("no DJL tracker for workload '" + workload + "'");
        }
    }

    /** The table as a DJL user fills it: one call per step. */
    static float[] fill(Tracker tracker, float[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = tracker.getNewValue(i);
        }
        return out;
    }
}
