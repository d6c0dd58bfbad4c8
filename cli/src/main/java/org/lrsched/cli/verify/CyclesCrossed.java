package org.lrsched.cli.verify;

import java.util.Optional;
import org.lrsched.Schedule;
import org.lrsched.cli.table.StepRange;
import org.lrsched.schedule.CyclicalSchedule;
import org.lrsched.schedule.FlaxTriangularSchedule;

/** How many cycles of a cyclical schedule a range of steps crosses: where restarts, and their bugs, would be. */
final class CyclesCrossed {
    private CyclesCrossed() {}

    /** A sentence for the report, or empty for a schedule with no cycles in the range. */
    static Optional<String> describe(Schedule schedule, StepRange range) {
        Optional<Wrapped<CyclicalSchedule>> cyclical = Wrapped.find(schedule, CyclicalSchedule.class, range.from(),
                range.last());
        if (cyclical.isPresent()) {
            Wrapped<CyclicalSchedule> c = cyclical.get();
            CyclicalSchedule s = c.schedule();
            return Optional.of(sentence(s.cycleOf(c.first()).index(), s.cycleOf(c.last()).index()));
        }
        return Wrapped.find(schedule, FlaxTriangularSchedule.class, range.from(), range.last())
                .map(f -> sentence(f.first() / f.schedule().stepsPerCycle(), f.last() / f.schedule().stepsPerCycle()));
    }

    private static String sentence(long firstCycle, long lastCycle) {
        long crossed = lastCycle - firstCycle + 1;
        return String.format("%,d cycle%s (cycle %,d to %,d)", crossed, crossed == 1 ? "" : "s", firstCycle, lastCycle);
    }
}
