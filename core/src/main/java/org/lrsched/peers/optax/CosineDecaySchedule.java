package org.lrsched.peers.optax;

import org.lrsched.Spec;
import org.lrsched.formula.Cosine;
import org.lrsched.formula.CosineIntPow;
import org.lrsched.formula.CosineRealPow;
import org.lrsched.formula.Formula;
import org.lrsched.formula.IntPowPoly;
import org.lrsched.internal.Overflow;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * Optax's {@code cosine_decay_schedule}: with {@code cnt = min(count, decay_steps)} as floats,
 * {@code init_value * ((1 - alpha) * (0.5 * (1 + cos(pi * cnt / decay_steps))) ** exponent + alpha)}: no rise
 * after {@code decay_steps}. An int {@code exponent} is JAX's {@code integer_pow}, a real one {@code pow}.
 */
public final class CosineDecaySchedule extends OptaxSchedule {
    private static final Param<Number> INIT_VALUE = Param.of("init_value", Kinds.NUMBER, "the value at step 0");
    private static final Param<Long> DECAY_STEPS = Param.of("decay_steps", Kinds.INTEGER,
            "steps of the decay, after which the value stays at init_value * alpha").rule("> 0", d -> d > 0);
    private static final Param<Number> ALPHA = Param.of("alpha", Kinds.NUMBER,
            "the final value as a fraction of init_value").orElse(0.0);
    private static final Param<Number> EXPONENT = Param.of("exponent", Kinds.NUMBER,
            "the power of the cosine factor: an integer multiplies (JAX's integer_pow), a real calls pow")
            .rule(">= 0", e -> e.doubleValue() >= 0).orElse(1.0);

    /** The type {@code optax.cosine_decay_schedule} of the spec language. */
    public static final ScheduleType<CosineDecaySchedule> TYPE = ScheduleType.<CosineDecaySchedule>of(
                    "optax.cosine_decay_schedule", "Optax's cosine_decay_schedule: a half cosine from init_value"
                            + " to init_value * alpha over decay_steps, then held")
            .param(INIT_VALUE, CosineDecaySchedule::initValue)
            .param(DECAY_STEPS, CosineDecaySchedule::decaySteps)
            .param(ALPHA, CosineDecaySchedule::alpha)
            .param(EXPONENT, CosineDecaySchedule::exponent)
            .example("optax.cosine_decay_schedule(init_value=0.1, decay_steps=1000, alpha=0.01)")
            .build(v -> new CosineDecaySchedule(v.get(INIT_VALUE), v.get(DECAY_STEPS), v.get(ALPHA),
                    v.get(EXPONENT)));

    private final Number initValue;
    private final long decaySteps;
    private final Number alpha;
    private final Number exponent;

    private final double init;
    private final double length;
    /** {@code 1 - alpha}, Python's arithmetic. */
    private final double range;
    private final double floor;
    private final double last;

    /**
     * The schedule.
     *
     * @param initValue {@code init_value}: the value at step 0
     * @param decaySteps {@code decay_steps}: steps of the decay, after which the value stays at
     *     {@code init_value * alpha}, {@code > 0}
     * @param alpha {@code alpha}: the final value as a fraction of {@code init_value} (Optax's default 0.0)
     * @param exponent {@code exponent}: the power of the cosine factor, {@code >= 0}: a {@link Long} multiplies (JAX's
     *     {@code integer_pow}), any other number calls {@code pow} (Optax's default 1.0)
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public CosineDecaySchedule(Number initValue, long decaySteps, Number alpha, Number exponent) {
        this.initValue = INIT_VALUE.require(initValue);
        this.decaySteps = DECAY_STEPS.require(decaySteps);
        this.alpha = ALPHA.require(alpha);
        this.exponent = EXPONENT.require(exponent);
        this.init = PyNum.real(initValue);
        this.length = decaySteps;
        this.range = PyNum.minus(1L, alpha);
        this.floor = PyNum.real(alpha);
        this.last = value(length);
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
     * Steps of the decay, after which the value stays at {@code init_value * alpha}.
     *
     * @return {@code decay_steps}
     */
    public long decaySteps() {
        return decaySteps;
    }

    /**
     * The final value as a fraction of {@code init_value}.
     *
     * @return {@code alpha}
     */
    public Number alpha() {
        return alpha;
    }

    /**
     * The power of the cosine factor.
     *
     * @return {@code exponent}
     */
    public Number exponent() {
        return exponent;
    }

    /** The value at a float count {@code cnt <= decay_steps}. */
    private double value(double cnt) {
        double cosineDecay = 0.5 * (1 + StrictMath.cos(Math.PI * cnt / length));
        double raised = exponent instanceof Long n ? IntPowPoly.ipow(cosineDecay, n)
                : StrictMath.pow(cosineDecay, exponent.doubleValue());
        return init * (range * raised + floor);
    }

    @Override
    public double at(long step) {
        Require.step(step);
        return Overflow.check(value(Math.min((double) step, length)), step);
    }

    private Formula decay() {
        if (exponent.doubleValue() == 1) { // integer_pow(h, 1) and pow(h, 1.0) are both h
            return new Cosine(length, range, floor, init);
        }
        if (exponent instanceof Long n) {
            return new CosineIntPow(length, n, range, floor, init);
        }
        return new CosineRealPow(length, exponent.doubleValue(), range, floor, init);
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        Phases phases = new Phases(first, count, sink);
        phases.piece(decaySteps, 0, decay());
        phases.constant(Long.MAX_VALUE, last);
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
