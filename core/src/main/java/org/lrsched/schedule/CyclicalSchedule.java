package org.lrsched.schedule;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import java.util.OptionalDouble;
import org.lrsched.Spec;
import org.lrsched.internal.Overflow;
import org.lrsched.internal.Py;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.plan.Planned;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * A cycle shape repeated for ever: cycle 0 lasts {@code cycle_length} steps, each next cycle
 * {@code ceil(previous * cycle_length_decay)} steps (see {@link CycleLengths}), and cycle {@code k} is scaled by
 * {@code cycle_magnitude_decay ** k}. A step exactly on a cycle's end starts the next cycle at offset 0. With a
 * cosine shape and both decays this is SGDR.
 *
 * <pre>{@code
 * // the sgdr preset: cyclical(shape=cosine(min_lr=0.01, max_lr=2), cycle_length=250, cycle_length_decay=2,
 * //                           cycle_magnitude_decay=0.5)
 * Schedule sgdr = new CyclicalSchedule(new CosineShape(0.01, 2), CycleLength.of(250), Decay.whole(2), 0.5);
 * }</pre>
 */
public final class CyclicalSchedule extends AbstractSchedule implements Cyclic, Planned {
    private static final Param<CycleShape> SHAPE = Param.of("shape", Kinds.nested(CycleShape.class,
            "a cycle shape: triangular(min_lr=.., max_lr=..) or cosine(min_lr=.., max_lr=..)", CycleShape::spec),
            "the shape of every cycle, without its cycle_length");
    private static final Param<CycleLength> CYCLE_LENGTH = Param.of("cycle_length", CycleLength.KIND,
            "steps in the first cycle");
    private static final Param<Decay> CYCLE_LENGTH_DECAY = Param.of("cycle_length_decay", Decay.KIND,
            "each cycle lasts ceil(previous length x this)").rule("> 0", d -> d.asDouble() > 0).orElse(Decay.real(1));
    private static final Param<Double> CYCLE_MAGNITUDE_DECAY = Param.of("cycle_magnitude_decay", Kinds.REAL,
            "cycle k is scaled by this ** k").rule("> 0", m -> m > 0).orElse(1.0);

    /** The type {@code cyclical} of the spec language. */
    public static final ScheduleType<CyclicalSchedule> TYPE = ScheduleType.<CyclicalSchedule>of("cyclical",
                    "the tutorial's CyclicalSchedule: a shape repeated, cycles growing and magnitudes decaying")
            .param(SHAPE, CyclicalSchedule::shape)
            .param(CYCLE_LENGTH, s -> s.lengths.first())
            .param(CYCLE_LENGTH_DECAY, s -> s.lengths.decay())
            .param(CYCLE_MAGNITUDE_DECAY, CyclicalSchedule::cycleMagnitudeDecay)
            .example("cyclical(shape=cosine(min_lr=0.01, max_lr=2), cycle_length=250, cycle_length_decay=2,"
                    + " cycle_magnitude_decay=0.5)")
            .build(v -> new CyclicalSchedule(v.get(SHAPE), v.get(CYCLE_LENGTH), v.get(CYCLE_LENGTH_DECAY),
                    v.get(CYCLE_MAGNITUDE_DECAY)));

    private static final int CACHED_MAGNITUDES = 256;

    private final CycleShape shape;
    private final CycleLengths lengths;
    private final double cycleMagnitudeDecay;
    /** Whole cycle lengths: from cycle 0 for a whole first length, else from cycle 1. */
    private final LengthRuns runs;
    /** For a real first length: the loop's float cycle ends (null for a whole one). */
    private final FloatCycleEnds floatEnds;
    /** {@code cycle_magnitude_decay ** k} for the first cycles, where growing cycles spend every step. */
    private final double[] firstMagnitudes;

    /**
     * A schedule whose {@code cycleLengthDecay} is real: lengths are float products, as with
     * {@code cycle_length_decay=2.0}.
     *
     * @param shape the shape of every cycle
     * @param cycleLength {@code cycle_length}: steps in the first cycle
     * @param cycleLengthDecay {@code cycle_length_decay}: each cycle lasts {@code ceil(previous * this)}, {@code > 0}
     * @param cycleMagnitudeDecay {@code cycle_magnitude_decay}: cycle {@code k} is scaled by {@code this ** k},
     *     {@code > 0}
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public CyclicalSchedule(CycleShape shape, CycleLength cycleLength, double cycleLengthDecay,
            double cycleMagnitudeDecay) {
        this(shape, cycleLength, Decay.real(cycleLengthDecay), cycleMagnitudeDecay);
    }

    /**
     * The schedule.
     *
     * @param shape the shape of every cycle
     * @param cycleLength {@code cycle_length}: steps in the first cycle
     * @param cycleLengthDecay {@code cycle_length_decay}: {@link Decay#whole} multiplies lengths exactly, as
     *     Python's int does, {@link Decay#real} as a float product
     * @param cycleMagnitudeDecay {@code cycle_magnitude_decay}: cycle {@code k} is scaled by {@code this ** k},
     *     {@code > 0}
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public CyclicalSchedule(CycleShape shape, CycleLength cycleLength, Decay cycleLengthDecay,
            double cycleMagnitudeDecay) {
        this.shape = Objects.requireNonNull(shape, "shape");
        this.lengths = new CycleLengths(Objects.requireNonNull(cycleLength, "cycle_length"),
                CYCLE_LENGTH_DECAY.require(cycleLengthDecay));
        this.cycleMagnitudeDecay = CYCLE_MAGNITUDE_DECAY.require(cycleMagnitudeDecay);
        if (!cycleLength.isWhole() && lengths.second() < 1) {
            throw CYCLE_LENGTH_DECAY.bad(cycleLengthDecay, "gives a second cycle of 0 steps after cycle_length="
                    + cycleLength);
        }
        this.firstMagnitudes = new double[CACHED_MAGNITUDES];
        for (int k = 0; k < CACHED_MAGNITUDES; k++) {
            firstMagnitudes[k] = cycleMagnitudeDecay == 1 ? 1 : StrictMath.pow(cycleMagnitudeDecay, k);
        }
        if (cycleLength.isWhole()) {
            this.runs = new LengthRuns(cycleLength.whole(), lengths);
            this.floatEnds = null;
        } else {
            this.runs = new LengthRuns(lengths.second(), lengths);
            this.floatEnds = new FloatCycleEnds(lengths, runs);
        }
    }

    /**
     * The shape of every cycle.
     *
     * @return {@code shape}
     */
    public CycleShape shape() {
        return shape;
    }

    /**
     * The law of cycle lengths.
     *
     * @return the first length and the decay
     */
    public CycleLengths lengths() {
        return lengths;
    }

    /**
     * The first cycle's length.
     *
     * @return {@code cycle_length}
     */
    public CycleLength cycleLength() {
        return lengths.first();
    }

    /**
     * The magnitude decay.
     *
     * @return {@code cycle_magnitude_decay}
     */
    public double cycleMagnitudeDecay() {
        return cycleMagnitudeDecay;
    }

    /**
     * {@code cycle_magnitude_decay ** cycle}, as Python computes it.
     *
     * @param cycle the cycle's index
     * @return the magnitude
     * @throws ArithmeticException where that overflows, as Python's {@code OverflowError}
     */
    public double magnitude(long cycle) {
        if (cycle < CACHED_MAGNITUDES) {
            if (Double.isInfinite(firstMagnitudes[(int) cycle])) {
                throw overflow(cycle);
            }
            return firstMagnitudes[(int) cycle];
        }
        if (cycleMagnitudeDecay == 1) {
            return 1;
        }
        double m = StrictMath.pow(cycleMagnitudeDecay, cycle);
        if (Double.isInfinite(m)) {
            throw overflow(cycle);
        }
        return m;
    }

    /**
     * Cycle {@code k}'s factor, {@code cycle_magnitude_decay ** k}: its {@link #magnitude}.
     *
     * @param cycle a cycle's index, {@code >= 0}
     * @return the magnitude
     * @throws ArithmeticException where it overflows, as Python's {@code OverflowError}
     */
    @Override
    public OptionalDouble cycleScale(long cycle) {
        return OptionalDouble.of(magnitude(Require.nonNegative("cycle", cycle)));
    }

    private static ArithmeticException overflow(long cycle) {
        return new ArithmeticException("cycle_magnitude_decay ** " + cycle
                + " overflows to infinity (the reference Python raises OverflowError here)");
    }

    /** The float cycle ends of a real first length (null for a whole one): for tests of the replay. */
    FloatCycleEnds floatEnds() {
        return floatEnds;
    }

    /**
     * The cycle that holds {@code step}, exactly as the tutorial's loop finds it, in time that does not grow
     * with the step. With a real first length, cycle 0 covers the steps below it and the cycles' whole steps are
     * counted from there.
     *
     * @param step a step
     * @return its cycle
     * @throws ArithmeticException past 2^53 with a real first length, where the loop's replay would take minutes
     */
    @Override
    public Cycle cycleOf(long step) {
        Require.step(step);
        if (lengths.first().isWhole()) {
            return runs.find(step);
        }
        double first = lengths.first().real();
        if (!Py.le(first, step)) {
            return Cycle.between(0, 0, first);
        }
        FloatCycleEnds.Found c = floatCycle(step);
        return Cycle.between(c.index(), c.start(), c.end());
    }

    /**
     * The length of a cycle as the reference's loop holds it, a Python int past every long too: for every cycle of a
     * whole first length, and every cycle after the first of a real one (a float sum there, held exactly).
     *
     * @param c a cycle of this schedule
     * @return its exact length
     * @throws IllegalArgumentException for cycle 0 of a real first length
     */
    public BigInteger wholeLength(Cycle c) {
        if (!lengths.first().isWhole()) {
            if (c.index() == 0) {
                throw new IllegalArgumentException("cycle 0 has the real length " + lengths.first());
            }
            return new BigDecimal(floatCycle(c.start()).length()).toBigIntegerExact();
        }
        if (c.length() < Long.MAX_VALUE || c.index() == 0) {
            return BigInteger.valueOf(c.length());
        }
        return lengths.wholeAfter(runs.find(c.start() - 1).length());
    }

    @Override
    public double at(long step) {
        Require.step(step);
        if (lengths.first().isWhole()) {
            Cycle c = runs.find(step);
            double value = c.length() == Long.MAX_VALUE && c.index() > 0
                    ? shape.at(step - c.start(), wholeLength(c)) * magnitude(c.index())
                    : shape.at(step - c.start(), c.length()) * magnitude(c.index());
            return Overflow.check(value, step);
        }
        double first = lengths.first().real();
        if (!Py.le(first, step)) {
            return Overflow.check(shape.at((step - first) + first, first) * magnitude(0), step);
        }
        FloatCycleEnds.Found c = floatCycle(step);
        return Overflow.check(shape.at((step - c.end()) + c.length(), c.length()) * magnitude(c.index()), step);
    }

    /** The float-end cycle of a step at or past the first cycle's end; past 2^53 the loop is replayed. */
    private FloatCycleEnds.Found floatCycle(long step) {
        FloatCycleEnds.Found c = floatEnds.find(step);
        return c != null ? c : floatEnds.beyond(step);
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        if (lengths.first().isWhole()) {
            planWhole(first, count, sink);
        } else {
            planReal(first, count, sink);
        }
    }

    /** Cycles found once by the lookup and then walked; a settled cycle repeats for ever. */
    private void planWhole(long first, long count, PieceSink sink) {
        Cycle cycle = runs.find(first);
        long index = cycle.index();
        long start = cycle.start();
        long length = cycle.length();
        long s = first;
        long end = first + count;
        while (true) {
            boolean last = start > Long.MAX_VALUE - length || start + length >= end;
            long n = (last ? end : start + length) - s;
            if (length == Long.MAX_VALUE && index > 0) {
                sink.perStep(n, s, this::at); // a length past every long: at() has its exact value
            } else {
                shape.plan(s - start, n, length, magnitude(index), sink);
            }
            s += n;
            if (last) {
                return;
            }
            boolean whole = s - n == start;
            start += length;
            index++;
            long following = lengths.next(length);
            double m = magnitude(index);
            if (whole && following == length && length < Long.MAX_VALUE && (m == 1 || m == 0)
                    && m == magnitude(index - 1)) { // 1 for ever, or underflowed to 0 for ever
                sink.repeat(end - s, length); // settled length, constant magnitude: every cycle is this one
                return;
            }
            length = following;
        }
    }

    /**
     * A real first length has float cycle ends, and offsets that are float sums: no closed piece, so each cycle is
     * a per-step piece, but its cycle is found once and the next one walked from it, never per step.
     */
    private void planReal(long first, long count, PieceSink sink) {
        long end = first + count;
        long s = first;
        double firstLength = lengths.first().real();
        if (!Py.le(firstLength, s)) {
            long n = Math.min(end, (long) Math.ceil(firstLength)) - s;
            double m = magnitude(0);
            sink.perStep(n, s, step -> Overflow.check(shape.at((step - firstLength) + firstLength, firstLength) * m,
                    step));
            s += n;
        }
        FloatCycleEnds.Found c = null;
        while (s < end) {
            FloatCycleEnds.Found found = floatEnds.find(s);
            c = found != null ? found : c == null ? floatEnds.beyond(s) : floatEnds.walk(c, s);
            double cycleEnd = c.end();
            double length = c.length();
            double m = magnitude(c.index());
            long n = (cycleEnd >= 0x1p63 ? end : Math.min(end, (long) Math.ceil(cycleEnd))) - s;
            sink.perStep(n, s, step -> Overflow.check(shape.at((step - cycleEnd) + length, length) * m, step));
            s += n;
        }
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
