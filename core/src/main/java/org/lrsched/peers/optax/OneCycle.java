package org.lrsched.peers.optax;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.lrsched.spec.Param;

/**
 * The dict Optax's one-cycle schedules pass to {@code piecewise_interpolate_schedule}, built as Python builds the
 * dict display: keys {@code int(pct * transition_steps)}, entries left to right, a repeated key keeping the later
 * scale. Each scale remembers the parameter it comes from, for the message when it is negative.
 */
final class OneCycle {
    private final Map<Long, Number> scales = new LinkedHashMap<>();
    private final Map<Long, Param<Number>> sources = new LinkedHashMap<>();
    private final Map<Long, Number> sourceValues = new LinkedHashMap<>();

    /** Python's {@code int(pct * transition_steps)}. */
    static long key(Param<Number> pct, Number value, long transitionSteps) {
        Number product = PyNum.times(value, transitionSteps);
        Long key = product instanceof Double d ? PyNum.truncate(d) : (Long) product;
        if (key == null) {
            throw pct.bad(value, "must keep int(" + pct.name() + " * transition_steps) within 64-bit steps (it is "
                    + (product == null ? "past them" : product) + ")");
        }
        return key;
    }

    /** {@code step: scale}, where {@code scale} comes from {@code source}'s {@code sourceValue}. */
    OneCycle put(long step, Number scale, Param<Number> source, Number sourceValue) {
        scales.put(step, scale);
        sources.put(step, source);
        sourceValues.put(step, sourceValue);
        return this;
    }

    /** Optax's check of the scales, in {@code piecewise_interpolate_schedule}: none negative. */
    TreeMap<Long, Number> checked() {
        for (Map.Entry<Long, Number> e : scales.entrySet()) {
            if (!(e.getValue().doubleValue() >= 0)) {
                throw sources.get(e.getKey()).bad(sourceValues.get(e.getKey()), "must be > 0 (the scale "
                        + e.getValue() + " it gives at step " + e.getKey() + " is negative)");
            }
        }
        return new TreeMap<>(scales);
    }
}
