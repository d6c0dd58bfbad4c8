package org.lrsched.peers.torch;

import java.util.List;
import org.lrsched.formula.ChainedFactors;

/**
 * A PyTorch scheduler with a chainable closed form, which {@link ChainedScheduler} folds: the closed form with any
 * incoming rate in place of the optimizer's lr, and, for tables, the runs of steps over which it is a fixed
 * {@link ChainedFactors.Stage}.
 */
interface Chainable {

    /**
     * The closed form at {@code step} with {@code base} in place of the optimizer's initial lr.
     *
     * @param step the step
     * @param base the incoming rate: the lr, or what the schedulers before this one give
     * @return the rate after this scheduler
     */
    double closed(long step, double base);

    /**
     * The stage that gives {@link #closed} on the run holding {@code step}.
     *
     * @param step the step
     * @return the stage, or null where none does
     */
    ChainedFactors.Stage stage(long step);

    /**
     * Adds the stages of the run holding {@code step}.
     *
     * @param step the step
     * @param stages where the stages are added, in the order they are applied
     * @return false where {@link #closed} has none there
     */
    default boolean addStages(long step, List<ChainedFactors.Stage> stages) {
        ChainedFactors.Stage stage = stage(step);
        if (stage == null) {
            return false;
        }
        stages.add(stage);
        return true;
    }

    /**
     * The last step (inclusive) of the run holding {@code step}: fixed stages, or a stretch without them.
     *
     * @param step the step
     * @return the run's last step, {@code Long.MAX_VALUE} for a run without end
     */
    long runLast(long step);
}
