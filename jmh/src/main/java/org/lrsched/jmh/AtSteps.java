package org.lrsched.jmh;

import java.util.SplittableRandom;
import org.lrsched.schedule.CyclicalLoop;
import org.lrsched.schedule.CyclicalSchedule;

/** Steps for random-access benchmarks, and the check that the benchmarked answers are the loop's. */
final class AtSteps {
    /** The loop is asked to confirm only steps it walks to quickly. */
    private static final long LOOP_CHECK_LIMIT = 1_000_000_000L;

    private AtSteps() {}

    static long[] around(long step, int n, SplittableRandom random) {
        long[] steps = new long[n];
        for (int i = 0; i < n; i++) {
            long spread = Math.min(step, Long.MAX_VALUE - step);
            steps[i] = step + random.nextLong(spread + 1);
        }
        return steps;
    }

    /** Fails the run if the lookup disagrees with the tutorial's loop: no number from a wrong answer. */
    static void checkAgainstLoop(CyclicalSchedule schedule, long[] steps) {
        for (int i = 0; i < steps.length; i += 64) {
            if (steps[i] > LOOP_CHECK_LIMIT) {
                continue;
            }
            double fast = schedule.at(steps[i]);
            double loop = CyclicalLoop.at(schedule, steps[i]);
            if (Double.doubleToRawLongBits(fast) != Double.doubleToRawLongBits(loop)) {
                throw new IllegalStateException(schedule + " at " + steps[i] + ": lookup " + fast + " != loop " + loop);
            }
        }
    }
}
