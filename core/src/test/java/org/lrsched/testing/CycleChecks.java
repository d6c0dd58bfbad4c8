package org.lrsched.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.lrsched.schedule.Cycle;
import org.lrsched.schedule.Cyclic;

/** Checks of {@link Cyclic#cycleOf} against cycles computed independently. */
public final class CycleChecks {
    private CycleChecks() {}

    /**
     * The cycles between consecutive exact starts: cycle {@code indices[i]} from {@code starts[i]} to before {@code
     * starts[i + 1]}, the last one to before {@code end}; cycles of no whole step are left out.
     */
    public static List<Cycle> between(List<Long> indices, List<BigInteger> starts, BigInteger end) {
        List<Cycle> cycles = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            BigInteger next = i + 1 < starts.size() ? starts.get(i + 1) : end;
            if (next.compareTo(starts.get(i)) > 0 && starts.get(i).bitLength() < 64) {
                cycles.add(Cycle.until(indices.get(i), starts.get(i).longValueExact(), next));
            }
        }
        return cycles;
    }

    /** Every expected cycle at its first and last step and the steps beside them; the endless one at 2^63 - 1. */
    public static void matches(Cyclic s, List<Cycle> expected) {
        assertThat(expected).isNotEmpty();
        for (Cycle e : expected) {
            assertThat(s.cycleOf(e.start())).as("%s at %s", s, e.start()).isEqualTo(e);
            if (e.start() > 0) {
                assertThat(s.cycleOf(e.start() - 1).index()).as("%s at %s", s, e.start() - 1).isNotEqualTo(e.index());
            }
            if (e.length() > 1 && e.start() < Long.MAX_VALUE) {
                assertThat(s.cycleOf(e.start() + 1)).as("%s at %s", s, e.start() + 1).isEqualTo(e);
            }
            long last = e.endless() ? Long.MAX_VALUE : e.end() - 1;
            assertThat(s.cycleOf(last)).as("%s at %s", s, last).isEqualTo(e);
            if (!e.endless()) {
                assertThat(s.cycleOf(e.end()).start()).as("%s at %s", s, e.end()).isEqualTo(e.end());
            }
        }
    }

    /** The cycles from step 0 walked by {@code cycleOf} itself: each starts where the one before ends. */
    public static List<Cycle> walk(Cyclic s, int count) {
        List<Cycle> cycles = new ArrayList<>();
        long step = 0;
        for (int i = 0; i < count; i++) {
            Cycle c = s.cycleOf(step);
            assertThat(c.start()).as("%s at %s", s, step).isEqualTo(step);
            cycles.add(c);
            if (c.endless()) {
                break;
            }
            step = c.end();
        }
        return cycles;
    }
}
