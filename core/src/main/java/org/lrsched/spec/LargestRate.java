package org.lrsched.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lrsched.schedule.CyclicalSchedule;

/**
 * The schedule's largest |learning rate| that DESIGN.md's equivalence bound scales with: the rates its spec names
 * (parameters named like {@code max_lr}, {@code lr_min}, {@code base_lr}), where a cyclical schedule's shape is
 * scaled by the largest cycle magnitude reached so far. A cycle magnitude decay above 1 makes a late cycle's
 * rates larger than the spec's; the error of a computed cos scales with the cycle's range, not with the value of
 * the step at hand. Each cyclical part is built once, so asking for many steps costs one cycle lookup each.
 */
public final class LargestRate {
    /** The largest rate named outside every cyclical schedule. */
    private final double fixed;
    private final List<Cyclical> cyclicals = new ArrayList<>();

    /** A cyclical schedule and the largest rate its shape names. */
    private static final class Cyclical {
        final CyclicalSchedule schedule;
        final double shapeRate;

        Cyclical(CyclicalSchedule schedule, double shapeRate) {
            this.schedule = schedule;
            this.shapeRate = shapeRate;
        }
    }

    public LargestRate(Spec spec) {
        this.fixed = collect(spec);
    }

    /**
     * The largest |lr| over the cycles up to the one holding {@code step}; infinite where a cycle magnitude
     * overflows (the reference raises there).
     */
    public double upTo(long step) {
        double largest = fixed;
        for (Cyclical c : cyclicals) {
            largest = Math.max(largest, c.shapeRate * largestMagnitude(c.schedule, step));
        }
        return largest;
    }

    /** The largest rate {@code spec} names outside cyclical schedules; each cyclical one is noted on the way. */
    private double collect(Spec spec) {
        if (spec.type().equals("cyclical")) {
            cyclicals.add(new Cyclical((CyclicalSchedule) ScheduleTypes.build(spec), namedRates(spec)));
            return 0;
        }
        double largest = 0;
        for (Map.Entry<String, Object> p : spec.params().entrySet()) {
            if (p.getValue() instanceof Spec) {
                largest = Math.max(largest, collect((Spec) p.getValue()));
            } else {
                largest = Math.max(largest, rate(p));
            }
        }
        return largest;
    }

    /** Every rate {@code spec} and its nested specs name (a cyclical shape holds no schedule). */
    private static double namedRates(Spec spec) {
        double largest = 0;
        for (Map.Entry<String, Object> p : spec.params().entrySet()) {
            largest = Math.max(largest, p.getValue() instanceof Spec ? namedRates((Spec) p.getValue()) : rate(p));
        }
        return largest;
    }

    private static double rate(Map.Entry<String, Object> p) {
        boolean named = p.getKey().endsWith("lr") || p.getKey().startsWith("lr");
        return named && p.getValue() instanceof Number ? Math.abs(((Number) p.getValue()).doubleValue()) : 0;
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
