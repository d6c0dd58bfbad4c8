package org.lrsched.peers.optax;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.lrsched.Spec;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * Optax's {@code piecewise_interpolate_schedule}: linear or cosine moves between the running products of
 * {@code init_value} and the scales, from each boundary to the next (see {@link Interpolation}).
 */
public final class PiecewiseInterpolateSchedule extends OptaxSchedule {
    private static final Param<String> INTERPOLATE_TYPE = Param.of("interpolate_type",
            Kinds.oneOf("linear", "cosine"), "how the value moves from one boundary's value to the next");
    private static final Param<Number> INIT_VALUE = Param.of("init_value", Kinds.NUMBER, "the value at step 0");
    private static final Param<Map<Long, Number>> BOUNDARIES_AND_SCALES = Param.of("boundaries_and_scales",
                    Kinds.stepMap(Kinds.NUMBER), "{step: scale}: the value reached at step is the previous one"
                            + " times scale")
            .rule("a map to non-negative scale factors", m -> m.values().stream().allMatch(x -> x.doubleValue() >= 0))
            .optional();

    /** The type {@code optax.piecewise_interpolate_schedule} of the spec language. */
    public static final ScheduleType<PiecewiseInterpolateSchedule> TYPE =
            ScheduleType.<PiecewiseInterpolateSchedule>of("optax.piecewise_interpolate_schedule",
                            "Optax's piecewise_interpolate_schedule: linear or cosine moves between init_value times"
                                    + " the scales reached, boundary to boundary")
                    .param(INTERPOLATE_TYPE, PiecewiseInterpolateSchedule::interpolateType)
                    .param(INIT_VALUE, PiecewiseInterpolateSchedule::initValue)
                    .param(BOUNDARIES_AND_SCALES, PiecewiseInterpolateSchedule::boundariesAndScales)
                    .example("optax.piecewise_interpolate_schedule(interpolate_type=linear, init_value=1.0,"
                            + " boundaries_and_scales={4: 0.1, 8: 0.01})")
                    .build(v -> new PiecewiseInterpolateSchedule(v.get(INTERPOLATE_TYPE), v.get(INIT_VALUE),
                            v.get(BOUNDARIES_AND_SCALES)));

    private final String interpolateType;
    private final Number initValue;
    private final Map<Long, Number> boundariesAndScales;
    private final Interpolation interpolation;

    /**
     * The schedule.
     *
     * @param interpolateType {@code interpolate_type}: how the value moves from one boundary's value to the next,
     *     {@code "linear"} or {@code "cosine"}
     * @param initValue {@code init_value}: the value at step 0
     * @param boundariesAndScales {@code boundaries_and_scales}: {@code {step: scale}}, the value reached at
     *     {@code step} the previous one times {@code scale}, each scale {@code >= 0}; null for none (Optax's default
     *     {@code None})
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public PiecewiseInterpolateSchedule(String interpolateType, Number initValue,
            Map<Long, Number> boundariesAndScales) {
        this.interpolateType = INTERPOLATE_TYPE.require(interpolateType);
        this.initValue = INIT_VALUE.require(initValue);
        Map<Long, Number> given = BOUNDARIES_AND_SCALES.require(boundariesAndScales);
        this.boundariesAndScales = given == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(given));
        this.interpolation = new Interpolation(interpolateType.equals("cosine"), initValue,
                new TreeMap<>(given == null ? Map.of() : given),
                rule -> BOUNDARIES_AND_SCALES.bad(given, rule), rule -> BOUNDARIES_AND_SCALES.bad(given, rule));
    }

    /**
     * How the value moves from one boundary's value to the next.
     *
     * @return {@code interpolate_type}: {@code "linear"} or {@code "cosine"}
     */
    public String interpolateType() {
        return interpolateType;
    }

    /**
     * The value at step 0.
     *
     * @return {@code init_value}
     */
    public Number initValue() {
        return initValue;
    }

    /**
     * The scales and the steps where their running products are reached.
     *
     * @return {@code boundaries_and_scales}, unmodifiable and in the order given, or null for none
     */
    public Map<Long, Number> boundariesAndScales() {
        return boundariesAndScales;
    }

    @Override
    public double at(long step) {
        Require.step(step);
        return interpolation.at(step);
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        interpolation.plan(first, count, sink);
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
