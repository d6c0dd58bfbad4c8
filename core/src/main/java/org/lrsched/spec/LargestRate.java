package org.lrsched.spec;

import java.util.Map;
import org.lrsched.schedule.CyclicalSchedule;

/**
 * The schedule's largest |learning rate| that DESIGN.md's equivalence bound scales with: the rates its spec names
 * (parameters named like {@code max_lr}, {@code lr_min}, {@code base_lr}), where a cyclical schedule's shape is
 * scaled by the largest cycle magnitude reached so far. A cycle magnitude decay above 1 makes a late cycle's
 * rates larger than the spec's; the error of a computed cos scales with the cycle's range, not with the value of
 * the step at hand.
 */
public final class LargestRate {
    private LargestRate() {}

    /**
     * The largest |lr| of {@code spec}'s schedule over the cycles up to the one holding {@code step}; infinite
     * where a cycle magnitude overflows (the reference raises there).
     */
    public static double upTo(Spec spec, long step) {
        double largest = 0;
        for (Map.Entry<String, Object> p : spec.params().entrySet()) {
            Object value = p.getValue();
            if (value instanceof Spec) {
                largest = Math.max(largest, upTo((Spec) value, step));
            } else if (value instanceof Number && (p.getKey().endsWith("lr") || p.getKey().startsWith("lr"))) {
                largest = Math.max(largest, Math.abs(((Number) value).doubleValue()));
            }
        }
        if (spec.type().equals("cyclical")) {
            largest *= largestMagnitude((CyclicalSchedule) ScheduleTypes.build(spec), step);
        }
        return largest;
    }

    /** Magnitudes are powers of the decay, so the largest so far is the first (1) or the latest. */
    private static double largestMagnitude(CyclicalSchedule schedule, long step) {
        try {
            return Math.max(1, schedule.magnitude(schedule.cycleOf(step).index()));
        } catch (ArithmeticException overflow) {
            return Double.POSITIVE_INFINITY;
        }
    }
}
