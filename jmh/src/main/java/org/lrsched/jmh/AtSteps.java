package org.lrsched.jmh;

import java.util.SplittableRandom;
import org.lrsched.schedule.CyclicalLoop;
import org.lrsched.schedule.CyclicalSchedule;

/** Steps for random-access benchmarks, and the check that the benchmarked answers are the loop's. */
final class AtSteps {
    /** The loop walks one cycle per iteration: it confirms steps within this many cycles quickly. */
    private static final long LOOP_CHECK_CYCLES = 10_000_000L;

    private AtSteps() {}

    static long[] around(long step, int n, SplittableRandom random) {
        long[] steps = new long[n];
        for (int i = 0; i < n; i++) {
            long spread = Math.min(step, Long.MAX_VALUE - step);
            steps[i] = step + random.nextLong(spread + 1);
        }
        return steps;
    }

    /**
     * Fails the run if the lookup disagrees with the tutorial's loop: no number from a wrong answer. A sample of
     * the steps is checked: those the loop reaches in few cycles (the lookup's cycle index only says which),
     * and, for cycles that neither grow nor decay, any step through the loop's answer one whole number of
     * cycles earlier, which is the same. Returns a line saying how many were checked.
     */
    static String checkAgainstLoop(CyclicalSchedule schedule, long[] steps) {
        int sampled = 0;
        int checked = 0;
        for (int i = 0; i < steps.length; i += 64) {
            sampled++;
            long step = steps[i];
            long loopStep;
            if (schedule.cycleOf(step).index() <= LOOP_CHECK_CYCLES) {
                loopStep = step;
            } else if (periodic(schedule)) {
                loopStep = step % schedule.cycleLength().whole();
            } else {
                continue;
            }
            double fast = schedule.at(step);
            double loop = CyclicalLoop.at(schedule, loopStep);
            if (Double.doubleToRawLongBits(fast) != Double.doubleToRawLongBits(loop)) {
                throw new IllegalStateException(schedule + " at " + step + ": lookup " + fast + " != loop " + loop
                        + (loopStep != step ? " (at " + loopStep + ", whole cycles earlier)" : ""));
            }
            checked++;
        }
        return "at(step) agrees with the loop at " + checked + " of " + sampled + " sampled steps";
    }

    /** Whole cycles of one length and one magnitude: the loop's value at a step repeats every cycle. */
    private static boolean periodic(CyclicalSchedule schedule) {
        return schedule.cycleLength().isWhole() && schedule.lengths().decay().asDouble() == 1
                && schedule.cycleMagnitudeDecay() == 1;
    }
}
