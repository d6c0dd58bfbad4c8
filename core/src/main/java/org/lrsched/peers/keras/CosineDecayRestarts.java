package org.lrsched.peers.keras;

import java.util.OptionalDouble;
import org.lrsched.Spec;
import org.lrsched.formula.AffineCosine;
import org.lrsched.internal.Overflow;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.schedule.Cycle;
import org.lrsched.schedule.Cyclic;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * Keras' {@code CosineDecayRestarts} (SGDR): cycle {@code i} lasts {@code first_decay_steps * t_mul^i} steps and
 * gives {@code m * ((1 - alpha) * ((0.5 * m_mul^i) * (1.0 + cos(pi * f))) + alpha)}, {@code f} the fraction of the
 * cycle done and {@code m = initial_learning_rate}. The cycle is found exactly ({@link RestartCycles}), not by
 * Keras' float logarithm, which misses restarts (at step 32767 for {@code first_decay_steps=1} in float32, at 121
 * for {@code t_mul=3} even in binary64). {@code f} is {@code (y + d) / L_i} with {@code y} the whole steps since
 * the first step of the cycle, {@code d} that step's distance from the exact start and {@code L_i} the length,
 * each rounded once ({@code d = 0} and the steps exact for a whole {@code t_mul}). With {@code 0 < t_mul < 1} the
 * cycles end at {@code first_decay_steps / (1 - t_mul)}, where Keras' log is NaN: {@code at} throws from there.
 */
public final class CosineDecayRestarts extends KerasSchedule implements Cyclic {
    private static final Param<Long> FIRST_DECAY_STEPS = Param.of("first_decay_steps", Kinds.INTEGER,
            "steps of the first cycle").rule("> 0", d -> d > 0);
    private static final Param<Double> T_MUL = Param.of("t_mul", Kinds.REAL,
            "each cycle is t_mul times as long as the one before").rule("> 0 (log(t_mul) must be a number)",
                    t -> t > 0).orElse(2.0);
    private static final Param<Double> M_MUL = Param.of("m_mul", Kinds.REAL,
            "each cycle's cosine is m_mul times the one before").orElse(1.0);
    private static final Param<Double> ALPHA = Param.of("alpha", Kinds.REAL,
            "the floor, as a fraction of initial_learning_rate (not scaled by m_mul)").orElse(0.0);

    /** The type {@code keras.CosineDecayRestarts} of the spec language. */
    public static final ScheduleType<CosineDecayRestarts> TYPE = ScheduleType.<CosineDecayRestarts>of(
                    "keras.CosineDecayRestarts", "Keras' CosineDecayRestarts (SGDR): cosine cycles growing by t_mul,"
                            + " scaled by m_mul, restarts found exactly")
            .param(INITIAL_LEARNING_RATE, CosineDecayRestarts::initialLearningRate)
            .param(FIRST_DECAY_STEPS, CosineDecayRestarts::firstDecaySteps)
            .param(T_MUL, CosineDecayRestarts::tMul)
            .param(M_MUL, CosineDecayRestarts::mMul)
            .param(ALPHA, CosineDecayRestarts::alpha)
            .example("keras.CosineDecayRestarts(initial_learning_rate=0.1, first_decay_steps=1000)")
            .build(v -> new CosineDecayRestarts(v.get(INITIAL_LEARNING_RATE), v.get(FIRST_DECAY_STEPS),
                    v.get(T_MUL), v.get(M_MUL), v.get(ALPHA)));

    private final double initialLearningRate;
    private final long firstDecaySteps;
    private final double tMul;
    private final double mMul;
    private final double alpha;
    private final RestartCycles cycles;

    /**
     * The schedule.
     *
     * @param initialLearningRate {@code initial_learning_rate}: the rate at step 0, which scales every cycle
     * @param firstDecaySteps {@code first_decay_steps}: steps of the first cycle, {@code > 0}
     * @param tMul {@code t_mul}: each cycle is {@code t_mul} times as long as the one before, {@code > 0} (Keras'
     *     default 2.0)
     * @param mMul {@code m_mul}: each cycle's cosine is {@code m_mul} times the one before (Keras' default 1.0)
     * @param alpha {@code alpha}: the floor, as a fraction of {@code initial_learning_rate}, not scaled by
     *     {@code m_mul} (Keras' default 0.0)
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public CosineDecayRestarts(double initialLearningRate, long firstDecaySteps, double tMul, double mMul,
            double alpha) {
        this.initialLearningRate = INITIAL_LEARNING_RATE.require(initialLearningRate);
        this.firstDecaySteps = FIRST_DECAY_STEPS.require(firstDecaySteps);
        this.tMul = T_MUL.require(tMul);
        this.mMul = M_MUL.require(mMul);
        this.alpha = ALPHA.require(alpha);
        this.cycles = new RestartCycles(firstDecaySteps, tMul);
    }

    /**
     * The rate at step 0.
     *
     * @return {@code initial_learning_rate}
     */
    public double initialLearningRate() {
        return initialLearningRate;
    }

    /**
     * Steps of the first cycle.
     *
     * @return {@code first_decay_steps}
     */
    public long firstDecaySteps() {
        return firstDecaySteps;
    }

    /**
     * How many times as long each cycle is as the one before.
     *
     * @return {@code t_mul}
     */
    public double tMul() {
        return tMul;
    }

    /**
     * How many times each cycle's cosine is the one before.
     *
     * @return {@code m_mul}
     */
    public double mMul() {
        return mMul;
    }

    /**
     * The floor, as a fraction of {@code initial_learning_rate}.
     *
     * @return {@code alpha}
     */
    public double alpha() {
        return alpha;
    }

    /** Keras' {@code m_fac = m_mul ** i}, a float power. */
    private double mFac(long index) {
        return mMul == 1 ? 1.0 : StrictMath.pow(mMul, (double) index);
    }

    private AffineCosine formula(RestartCycles.Cycle c) {
        return new AffineCosine(c.length(), c.offset(), 1.0, 0.0, Math.PI, 1.0, 0.5 * mFac(c.index()), 1 - alpha,
                alpha, initialLearningRate, false);
    }

    /**
     * The cycle of {@code step}: the largest {@code i} with {@code S_i <= step}, exactly ({@link
     * CosineDecayRestarts}); its whole steps are those from {@code ceil(S_i)} to before {@code ceil(S_(i+1))}.
     *
     * @param step a step
     * @return its cycle
     * @throws ArithmeticException where {@link #at} throws for the step: past the cycles' end for {@code t_mul < 1},
     *     past the cycles whose exact start is too large for a {@code t_mul} very close to 1
     */
    @Override
    public Cycle cycleOf(long step) {
        step(step);
        if (cycles.pastTheEnd(step)) {
            throw pastTheEnd(step);
        }
        RestartCycles.Cycle c = cycles.of(step);
        return Cycle.until(c.index(), c.start(), cycles.endOf(c));
    }

    /**
     * The factor of cycle {@code i}'s cosine, Keras' {@code m_fac = m_mul ** i} ({@code alpha} is not scaled).
     *
     * @param cycle a cycle's index, {@code >= 0}
     * @return the factor
     * @throws ArithmeticException where it overflows (Keras gives an infinity)
     */
    @Override
    public OptionalDouble cycleScale(long cycle) {
        double m = mFac(Require.nonNegative("cycle", cycle));
        if (Double.isInfinite(m)) {
            throw new ArithmeticException("m_mul ** " + cycle + " overflows (Keras gives an infinity)");
        }
        return OptionalDouble.of(m);
    }

    private ArithmeticException pastTheEnd(long step) {
        return new ArithmeticException("keras.CosineDecayRestarts with t_mul=" + tMul + " < 1: its cycles end"
                + " before step " + step + " (at first_decay_steps / (1 - t_mul); Keras' log gives NaN there)");
    }

    @Override
    public double at(long step) {
        step(step);
        if (cycles.pastTheEnd(step)) {
            throw pastTheEnd(step);
        }
        RestartCycles.Cycle c = cycles.of(step);
        return Overflow.check(formula(c).value(step - c.start()), step);
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        long end = first + count;
        long s = first;
        boolean settled = tMul == 1 && mMul == 1; // every cycle the same piece
        while (s < end) {
            if (cycles.pastTheEnd(s)) {
                sink.constant(end - s, Double.NaN); // the filler refuses it, naming step s
                return;
            }
            RestartCycles.Cycle c = cycles.of(s);
            long stop = c.last() == Long.MAX_VALUE ? end : Math.min(end, c.last() + 1);
            sink.piece(stop - s, s - c.start(), 1, formula(c));
            boolean whole = s == c.start() && stop == c.last() + 1;
            s = stop;
            if (settled && whole && s < end) {
                sink.repeat(end - s, firstDecaySteps);
                return;
            }
        }
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
