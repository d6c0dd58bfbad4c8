package org.lrsched.peers.keras;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.lrsched.Spec;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Kind;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.Reading;
import org.lrsched.spec.ScheduleType;

/**
 * Keras' {@code PiecewiseConstantDecay}: {@code values[0]} while {@code step <= boundaries[0]}, {@code values[i]}
 * while {@code boundaries[i-1] < step <= boundaries[i]}, the last value past the last boundary: each value holds
 * through its boundary and switches one step after it. Steps and boundaries are compared exactly.
 */
public final class PiecewiseConstantDecay extends KerasSchedule {
    private static final Param<List<Number>> BOUNDARIES = Param.of("boundaries", listOf(Kinds.NUMBER,
                    "a list of numbers, e.g. [100000, 110000]"), "the steps after which the next value starts")
            .rule("a non-empty list", b -> !b.isEmpty())
            .rule("strictly increasing", PiecewiseConstantDecay::increasing);
    private static final Param<List<Double>> VALUES = Param.of("values", listOf(Kinds.REAL,
            "a list of numbers, e.g. [1.0, 0.5, 0.1]"), "the rate in each interval, one more than boundaries");

    /** The type {@code keras.PiecewiseConstantDecay} of the spec language. */
    public static final ScheduleType<PiecewiseConstantDecay> TYPE = ScheduleType.<PiecewiseConstantDecay>of(
                    "keras.PiecewiseConstantDecay", "Keras' PiecewiseConstantDecay: values[i] through boundaries[i],"
                            + " switching one step after each boundary")
            .param(BOUNDARIES, PiecewiseConstantDecay::boundaries)
            .param(VALUES, PiecewiseConstantDecay::values)
            .example("keras.PiecewiseConstantDecay(boundaries=[100000, 110000], values=[1.0, 0.5, 0.1])")
            .build(v -> new PiecewiseConstantDecay(v.get(BOUNDARIES), v.get(VALUES)));

    private final List<Number> boundaries;
    private final List<Double> values;
    /**
     * The first step of each value after the first: {@code floor(boundaries[i]) + 1}, clamped to [0, 2^63 - 1];
     * {@code Long.MAX_VALUE} also stands for a switch past every step, which {@code cutIsReal} tells apart.
     */
    private final long[] cuts;
    private final boolean[] cutIsReal;

    /**
     * The schedule.
     *
     * @param boundaries {@code boundaries}: the steps after which the next value starts, a non-empty, strictly
     *     increasing list of numbers (a {@link Long} for an integer, a {@link Double} otherwise; compared exactly)
     * @param values {@code values}: the rate in each interval, one more than {@code boundaries}
     * @throws IllegalArgumentException naming the parameter that is out of range, or {@code values} when it does not
     *     hold one more value than {@code boundaries}
     */
    public PiecewiseConstantDecay(List<Number> boundaries, List<Double> values) {
        this.boundaries = List.copyOf(BOUNDARIES.require(boundaries));
        this.values = List.copyOf(VALUES.require(values));
        if (values.size() != boundaries.size() + 1) {
            throw VALUES.bad(values, "must hold one more value than boundaries (" + boundaries.size() + "): the"
                    + " length of boundaries should be 1 less than the length of values");
        }
        cuts = new long[boundaries.size()];
        cutIsReal = new boolean[boundaries.size()];
        for (int i = 0; i < cuts.length; i++) {
            BigDecimal cut = floor(boundaries.get(i)).add(BigDecimal.ONE);
            if (cut.signum() <= 0) {
                cuts[i] = 0;
                cutIsReal[i] = true;
            } else if (cut.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
                cuts[i] = cut.longValueExact();
                cutIsReal[i] = true;
            } else {
                cuts[i] = Long.MAX_VALUE;
            }
        }
    }

    /**
     * The steps after which the next value starts.
     *
     * @return {@code boundaries}, unmodifiable
     */
    public List<Number> boundaries() {
        return boundaries;
    }

    /**
     * The rate in each interval.
     *
     * @return {@code values}, unmodifiable
     */
    public List<Double> values() {
        return values;
    }

    private static BigDecimal floor(Number n) {
        if (n instanceof Long l) {
            return BigDecimal.valueOf(l);
        }
        return new BigDecimal(n.doubleValue()).setScale(0, java.math.RoundingMode.FLOOR);
    }

    private static boolean increasing(List<Number> b) {
        for (int i = 1; i < b.size(); i++) {
            if (exact(b.get(i)).compareTo(exact(b.get(i - 1))) <= 0) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal exact(Number n) {
        return n instanceof Long l ? BigDecimal.valueOf(l) : new BigDecimal(n.doubleValue());
    }

    /** The index of the value at {@code step}: how many switches are at or before it. */
    private int indexOf(long step) {
        int i = 0;
        while (i < cuts.length && cutIsReal[i] && cuts[i] <= step) {
            i++;
        }
        return i;
    }

    @Override
    public double at(long step) {
        step(step);
        return values.get(indexOf(step));
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        long end = first + count;
        long s = first;
        for (int i = indexOf(first); s < end; i++) {
            long stop = i < cuts.length && cutIsReal[i] ? Math.min(end, cuts[i]) : end;
            s = constant(sink, s, end, stop, values.get(i));
        }
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }

    /** A list of {@code element}'s values. */
    private static <T> Kind<List<T>> listOf(Kind<T> element, String description) {
        return new Kind<>() {
            @Override
            public String describe() {
                return description;
            }

            @Override
            public List<T> read(Object value, Reading at) {
                if (!(value instanceof List<?> list)) {
                    throw at.wrong(describe(), value);
                }
                List<T> read = new ArrayList<>(list.size());
                for (int i = 0; i < list.size(); i++) {
                    read.add(element.read(list.get(i), at.at(i)));
                }
                return List.copyOf(read);
            }

            @Override
            public Object write(List<T> value) {
                return value.stream().map(element::write).toList();
            }

            @Override
            public String invalid(List<T> value) {
                for (T v : value) {
                    String invalid = element.invalid(v);
                    if (invalid != null) {
                        return "must hold values that " + invalid.replaceFirst("^must ", "");
                    }
                }
                return null;
            }
        };
    }
}
