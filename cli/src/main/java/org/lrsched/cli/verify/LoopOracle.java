package org.lrsched.cli.verify;

import java.util.Optional;
import org.lrsched.Schedule;
import org.lrsched.cli.table.StepRange;
import org.lrsched.cli.table.Steps;
import org.lrsched.schedule.CyclicalLoop;
import org.lrsched.schedule.CyclicalSchedule;

/**
 * A second, independent oracle for a cyclical schedule: the tutorial's own loop, ported literally
 * ({@link CyclicalLoop#at}), against the closed-form cycle lookup behind {@code at}. The loop walks every cycle
 * from the start for every step, so it runs only when that walk is short enough for a command line.
 */
final class LoopOracle {
    /** Cycles the loop may walk in all: about a second. */
    static final long BUDGET = 300_000_000L;

    /** What the oracle found: {@code passed} is false only for a difference, never for a skip. */
    record Outcome(String text, boolean passed) {}

    private LoopOracle() {}

    /** Empty for a schedule with no cyclical part in the range. */
    static Optional<Outcome> check(Schedule schedule, StepRange range) {
        return Wrapped.find(schedule, CyclicalSchedule.class, range.from(), range.last()).map(LoopOracle::check);
    }

    private static Outcome check(Wrapped<CyclicalSchedule> part) {
        CyclicalSchedule cyclical = part.schedule();
        long steps = part.last() - part.first() + 1;
        long walk = cyclical.cycleOf(part.last()).index() + 1; // cycles the loop walks for the last step
        if (walk > BUDGET / steps) {
            return new Outcome(String.format("skipped: the loop would walk about %.1e cycles for these steps (the"
                    + " limit is %.0e); a smaller --count or an earlier --from runs it", (double) walk * steps,
                    (double) BUDGET), true);
        }
        for (long i = 0; i < steps; i++) { // counted, not step <= last: the last step may be Long.MAX_VALUE
            long step = part.first() + i;
            double loop = CyclicalLoop.at(cyclical, step);
            double lookup = Steps.at(cyclical, step);
            if (Double.doubleToRawLongBits(loop) != Double.doubleToRawLongBits(lookup)) {
                return new Outcome("FAIL at the cyclical schedule's own step " + step + ": at() gives " + lookup
                        + ", the tutorial's loop " + loop, false);
            }
        }
        return new Outcome(String.format("PASS: at() of the cyclical schedule equals the tutorial's loop to the bit"
                + " at its own steps %,d to %,d", part.first(), part.last()), true);
    }
}
