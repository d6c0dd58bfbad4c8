package org.lrsched.peers.optax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lrsched.Spec;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * Optax's {@code piecewise_constant_schedule}: {@code init_value} times the scale of every boundary at or before
 * the count (a scale applies at its boundary, a boundary {@code <= 0} from step 0), in Optax's own arithmetic:
 * for each boundary in order, {@code v = v * ind + (1 - ind) * scale * v} with {@code ind} 1 before it and 0
 * from it on. The value between two boundaries is that loop at the first step, computed once.
 */
public final class PiecewiseConstantSchedule extends OptaxSchedule {
    private static final Param<Number> INIT_VALUE = Param.of("init_value", Kinds.NUMBER,
            "the value before the first boundary");
    private static final Param<Map<Long, Number>> BOUNDARIES_AND_SCALES = Param.of("boundaries_and_scales",
                    Kinds.stepMap(Kinds.NUMBER), "{step: scale}: the value is multiplied by scale from step on")
            .rule("a map to non-negative scale factors", m -> m.values().stream().allMatch(x -> x.doubleValue() >= 0))
            .optional();

    /** The type {@code optax.piecewise_constant_schedule} of the spec language. */
    public static final ScheduleType<PiecewiseConstantSchedule> TYPE = ScheduleType.<PiecewiseConstantSchedule>of(
                    "optax.piecewise_constant_schedule", "Optax's piecewise_constant_schedule: init_value times"
                            + " the scales of the boundaries reached, each applied at its step")
            .param(INIT_VALUE, PiecewiseConstantSchedule::initValue)
            .param(BOUNDARIES_AND_SCALES, PiecewiseConstantSchedule::boundariesAndScales)
            .example("optax.piecewise_constant_schedule(init_value=1.0, boundaries_and_scales={100: 0.1,"
                    + " 200: 0.01})")
            .build(v -> new PiecewiseConstantSchedule(v.get(INIT_VALUE), v.get(BOUNDARIES_AND_SCALES)));

    private final Number initValue;
    private final Map<Long, Number> boundariesAndScales;
    /** Where the value changes: 0 and every boundary above 0, ascending. */
    private final long[] starts;
    /** The value from {@code starts[i]} until the next start. */
    private final double[] values;

    /**
     * The schedule.
     *
     * @param initValue {@code init_value}: the value before the first boundary
     * @param boundariesAndScales {@code boundaries_and_scales}: {@code {step: scale}}, the value multiplied by
     *     {@code scale} from {@code step} on, each scale {@code >= 0}; null for none (Optax's default {@code None})
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public PiecewiseConstantSchedule(Number initValue, Map<Long, Number> boundariesAndScales) {
        this.initValue = INIT_VALUE.require(initValue);
        this.boundariesAndScales = boundariesAndScales == null ? null
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(
                        BOUNDARIES_AND_SCALES.require(boundariesAndScales)));
        TreeMap<Long, Number> sorted = new TreeMap<>(boundariesAndScales == null ? Map.of() : boundariesAndScales);
        long[] thresholds = sorted.keySet().stream().mapToLong(Long::longValue).toArray();
        double[] scales = sorted.values().stream().mapToDouble(PyNum::real).toArray();
        List<Long> cuts = new ArrayList<>();
        cuts.add(0L);
        for (long t : thresholds) {
            if (t > 0) {
                cuts.add(t);
            }
        }
        this.starts = cuts.stream().mapToLong(Long::longValue).toArray();
        this.values = new double[starts.length];
        for (int i = 0; i < starts.length; i++) {
            values[i] = loop(PyNum.real(initValue), thresholds, scales, starts[i]);
            if (!Double.isFinite(values[i])) {
                throw BOUNDARIES_AND_SCALES.bad(boundariesAndScales, "must keep the product of the scales finite"
                        + " (from step " + starts[i] + " on it is " + values[i] + ")");
            }
        }
    }

    /** Optax's loop over the sorted boundaries at {@code step}. */
    private static double loop(double v, long[] thresholds, double[] scales, long step) {
        for (int i = 0; i < thresholds.length; i++) {
            double indicator = thresholds[i] > step ? 1.0 : 0.0;
            v = v * indicator + (1 - indicator) * scales[i] * v;
        }
        return v;
    }

    /**
     * The value before the first boundary.
     *
     * @return {@code init_value}
     */
    public Number initValue() {
        return initValue;
    }

    /**
     * The scales and the steps they apply from.
     *
     * @return {@code boundaries_and_scales}, unmodifiable and in the order given, or null for none
     */
    public Map<Long, Number> boundariesAndScales() {
        return boundariesAndScales;
    }

    /** The index of the last start at or before {@code step}. */
    private int index(long step) {
        int i = Arrays.binarySearch(starts, step);
        return i >= 0 ? i : -i - 2;
    }

    @Override
    public double at(long step) {
        Require.step(step);
        return values[index(step)];
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        Phases phases = new Phases(first, count, sink);
        for (int i = index(first); !phases.done(); i++) {
            phases.constant(i + 1 < starts.length ? starts[i + 1] : Long.MAX_VALUE, values[i]);
        }
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
