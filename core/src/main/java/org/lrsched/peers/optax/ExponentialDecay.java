package org.lrsched.peers.optax;

import org.lrsched.Spec;
import org.lrsched.formula.ExponentialDecayPow;
import org.lrsched.internal.Overflow;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * Optax's {@code exponential_decay}: with {@code dc = count - transition_begin}, {@code init_value} while
 * {@code dc <= 0}, then {@code init_value * pow(decay_rate, dc / transition_steps)}, the exponent floored for a
 * staircase; then clipped by {@code end_value}, a lower bound when {@code decay_rate < 1} and an upper bound
 * otherwise, at every step. As in Optax, {@code transition_steps <= 0} or {@code decay_rate == 0} give
 * {@code init_value} at every step (no clip) and a negative {@code transition_begin} counts as 0. The stair index
 * is the exact integer quotient (Optax floors a float quotient, which is one stair off at some counts past 2^53).
 */
public final class ExponentialDecay extends OptaxSchedule {
    private static final Param<Number> INIT_VALUE = Param.of("init_value", Kinds.NUMBER, "the value until the decay");
    private static final Param<Long> TRANSITION_STEPS = Param.of("transition_steps", Kinds.INTEGER,
            "steps per factor of decay_rate (<= 0: init_value at every step)");
    private static final Param<Number> DECAY_RATE = Param.of("decay_rate", Kinds.NUMBER,
            "the factor per transition_steps (0: init_value at every step)");
    private static final Param<Long> TRANSITION_BEGIN = Param.of("transition_begin", Kinds.INTEGER,
            "steps at init_value before the decay (< 0: 0)").orElse(0L);
    private static final Param<Boolean> STAIRCASE = Param.of("staircase", Kinds.BOOLEAN,
            "decay in whole steps of transition_steps").orElse(false);
    private static final Param<Number> END_VALUE = Param.of("end_value", Kinds.NUMBER,
            "a lower bound when decay_rate < 1, else an upper bound (None: no bound)").optional();

    /** The type {@code optax.exponential_decay} of the spec language. */
    public static final ScheduleType<ExponentialDecay> TYPE = ScheduleType.<ExponentialDecay>of(
                    "optax.exponential_decay", "Optax's exponential_decay: init_value * decay_rate^(t /"
                            + " transition_steps) from transition_begin on, optionally in stairs, clipped by end_value")
            .param(INIT_VALUE, ExponentialDecay::initValue)
            .param(TRANSITION_STEPS, ExponentialDecay::transitionSteps)
            .param(DECAY_RATE, ExponentialDecay::decayRate)
            .param(TRANSITION_BEGIN, ExponentialDecay::transitionBegin)
            .param(STAIRCASE, ExponentialDecay::staircase)
            .param(END_VALUE, ExponentialDecay::endValue)
            .example("optax.exponential_decay(init_value=0.1, transition_steps=1000, decay_rate=0.5,"
                    + " transition_begin=100, staircase=True, end_value=0.001)")
            .build(v -> new ExponentialDecay(v.get(INIT_VALUE), v.get(TRANSITION_STEPS), v.get(DECAY_RATE),
                    v.get(TRANSITION_BEGIN), v.get(STAIRCASE), v.get(END_VALUE)));

    private final Number initValue;
    private final long transitionSteps;
    private final Number decayRate;
    private final long transitionBegin;
    private final boolean staircase;
    private final Number endValue;

    private final double init;
    /** No decay: {@code init_value} at every step. */
    private final boolean constant;
    private final long begin;
    private final double rate;
    /** The clip: {@code -inf} and {@code +inf} where there is none. */
    private final double lo;
    private final double hi;
    /** Stairs of one step are the continuous decay: {@code (double) (dc / 1) == (double) dc / 1.0}. */
    private final boolean stairs;

    /**
     * The schedule.
     *
     * @param initValue {@code init_value}: the value until the decay
     * @param transitionSteps {@code transition_steps}: steps per factor of {@code decay_rate} ({@code <= 0}:
     *     {@code init_value} at every step)
     * @param decayRate {@code decay_rate}: the factor per {@code transition_steps} (0: {@code init_value} at every
     *     step), {@code >= 0} unless {@code staircase} or {@code transition_steps <= 1}
     * @param transitionBegin {@code transition_begin}: steps at {@code init_value} before the decay ({@code < 0}: 0;
     *     Optax's default 0)
     * @param staircase {@code staircase}: decay in whole steps of {@code transition_steps} (Optax's default false)
     * @param endValue {@code end_value}: a lower bound when {@code decay_rate < 1}, else an upper bound; null for no
     *     bound (Optax's default {@code None})
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public ExponentialDecay(Number initValue, long transitionSteps, Number decayRate, long transitionBegin,
            boolean staircase, Number endValue) {
        this.initValue = INIT_VALUE.require(initValue);
        this.transitionSteps = TRANSITION_STEPS.require(transitionSteps);
        this.decayRate = DECAY_RATE.require(decayRate);
        this.transitionBegin = TRANSITION_BEGIN.require(transitionBegin);
        this.staircase = staircase;
        this.endValue = END_VALUE.require(endValue);
        this.init = PyNum.real(initValue);
        this.rate = PyNum.real(decayRate);
        this.constant = transitionSteps <= 0 || rate == 0;
        this.begin = Math.max(transitionBegin, 0);
        this.stairs = staircase && transitionSteps > 1;
        double bound = endValue == null ? Double.NaN : PyNum.real(endValue);
        this.lo = endValue != null && rate < 1.0 ? bound : Double.NEGATIVE_INFINITY;
        this.hi = endValue != null && !(rate < 1.0) ? bound : Double.POSITIVE_INFINITY;
        if (!constant && rate < 0 && !staircase && transitionSteps > 1) {
            throw DECAY_RATE.bad(decayRate, "must be >= 0 unless staircase or transition_steps is 1 (a negative"
                    + " rate to a fractional power is NaN at step transition_begin + 1)");
        }
    }

    /**
     * The value until the decay.
     *
     * @return {@code init_value}
     */
    public Number initValue() {
        return initValue;
    }

    /**
     * Steps per factor of {@code decay_rate}.
     *
     * @return {@code transition_steps}
     */
    public long transitionSteps() {
        return transitionSteps;
    }

    /**
     * The factor per {@code transition_steps}.
     *
     * @return {@code decay_rate}
     */
    public Number decayRate() {
        return decayRate;
    }

    /**
     * Steps at {@code init_value} before the decay.
     *
     * @return {@code transition_begin}, as given (a negative one counts as 0)
     */
    public long transitionBegin() {
        return transitionBegin;
    }

    /**
     * Whether the decay goes in whole steps of {@code transition_steps}.
     *
     * @return {@code staircase}
     */
    public boolean staircase() {
        return staircase;
    }

    /**
     * The bound of the decay: a lower one when {@code decay_rate < 1}, else an upper one.
     *
     * @return {@code end_value}, or null for no bound
     */
    public Number endValue() {
        return endValue;
    }

    private double clip(double v) {
        if (v < lo) {
            return lo;
        }
        if (v > hi) {
            return hi;
        }
        return v;
    }

    /** The value of stair {@code k} (a whole number of transitions). */
    private double stair(long k) {
        return clip(init * StrictMath.pow(rate, (double) k));
    }

    @Override
    public double at(long step) {
        Require.step(step);
        if (constant) {
            return init;
        }
        long dc = step - begin;
        double v;
        if (dc <= 0) {
            v = init;
        } else {
            double p = staircase ? (double) (dc / transitionSteps) : (double) dc / (double) transitionSteps;
            v = init * StrictMath.pow(rate, p);
        }
        return Overflow.check(clip(v), step);
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        if (constant) {
            sink.constant(count, init);
            return;
        }
        Phases phases = new Phases(first, count, sink);
        if (!stairs) {
            phases.constant(Phases.end(begin, 1), clip(init));
            phases.piece(Long.MAX_VALUE, begin, new ExponentialDecayPow(transitionSteps, rate, init, lo, hi));
            return;
        }
        // one constant per stair [begin + k T, begin + (k + 1) T): stair 0 from step 0 (pow(rate, 0.0) is 1)
        long k = phases.next() < begin ? 0 : (phases.next() - begin) / transitionSteps;
        while (!phases.done()) {
            long stairEnd = k > (Long.MAX_VALUE - begin) / transitionSteps - 1 ? Long.MAX_VALUE
                    : begin + (k + 1) * transitionSteps;
            phases.constant(stairEnd, stair(k));
            k++;
        }
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
