package org.lrsched.peers.optax;

import org.lrsched.Spec;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * Optax's {@code cosine_onecycle_schedule}: its cosine {@code piecewise_interpolate_schedule} from
 * {@code peak_value / div_factor} with the scales {@code {int(pct_start * T): div_factor, T: 1.0 / (div_factor *
 * final_div_factor)}}: a half cosine up to the peak, one down to the final value, held after {@code T}. As in
 * Optax, a small {@code transition_steps} or {@code pct_start = 1} collapses the phases (a repeated key keeps
 * the later scale).
 */
public final class CosineOnecycleSchedule extends OptaxSchedule {
    private static final Param<Long> TRANSITION_STEPS = Param.of("transition_steps", Kinds.INTEGER,
            "steps of the whole cycle").rule("> 0", t -> t > 0);
    private static final Param<Number> PEAK_VALUE = Param.of("peak_value", Kinds.NUMBER,
            "the value at pct_start * transition_steps");
    private static final Param<Number> PCT_START = Param.of("pct_start", Kinds.NUMBER,
            "the fraction of the cycle spent rising to peak_value").orElse(0.3);
    private static final Param<Number> DIV_FACTOR = Param.of("div_factor", Kinds.NUMBER,
            "the value at step 0 is peak_value / div_factor").orElse(25.0);
    private static final Param<Number> FINAL_DIV_FACTOR = Param.of("final_div_factor", Kinds.NUMBER,
            "the final value is peak_value / div_factor / final_div_factor").orElse(1e4);

    /** The type {@code optax.cosine_onecycle_schedule} of the spec language. */
    public static final ScheduleType<CosineOnecycleSchedule> TYPE = ScheduleType.<CosineOnecycleSchedule>of(
                    "optax.cosine_onecycle_schedule", "Optax's cosine_onecycle_schedule: half cosines from"
                            + " peak_value / div_factor up to peak_value and down to the final value")
            .param(TRANSITION_STEPS, CosineOnecycleSchedule::transitionSteps)
            .param(PEAK_VALUE, CosineOnecycleSchedule::peakValue)
            .param(PCT_START, CosineOnecycleSchedule::pctStart)
            .param(DIV_FACTOR, CosineOnecycleSchedule::divFactor)
            .param(FINAL_DIV_FACTOR, CosineOnecycleSchedule::finalDivFactor)
            .example("optax.cosine_onecycle_schedule(transition_steps=10000, peak_value=0.01)")
            .build(v -> new CosineOnecycleSchedule(v.get(TRANSITION_STEPS), v.get(PEAK_VALUE), v.get(PCT_START),
                    v.get(DIV_FACTOR), v.get(FINAL_DIV_FACTOR)));

    private final long transitionSteps;
    private final Number peakValue;
    private final Number pctStart;
    private final Number divFactor;
    private final Number finalDivFactor;
    private final Interpolation interpolation;

    /**
     * The schedule.
     *
     * @param transitionSteps {@code transition_steps}: steps of the whole cycle, {@code > 0}
     * @param peakValue {@code peak_value}: the value at {@code pct_start * transition_steps}
     * @param pctStart {@code pct_start}: the fraction of the cycle spent rising to {@code peak_value} (Optax's default
     *     0.3)
     * @param divFactor {@code div_factor}: the value at step 0 is {@code peak_value / div_factor}, {@code > 0}
     *     (Optax's default 25.0)
     * @param finalDivFactor {@code final_div_factor}: the final value is
     *     {@code peak_value / div_factor / final_div_factor}, {@code > 0} (Optax's default 1e4)
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public CosineOnecycleSchedule(long transitionSteps, Number peakValue, Number pctStart, Number divFactor,
            Number finalDivFactor) {
        this.transitionSteps = TRANSITION_STEPS.require(transitionSteps);
        this.peakValue = PEAK_VALUE.require(peakValue);
        this.pctStart = PCT_START.require(pctStart);
        this.divFactor = DIV_FACTOR.require(divFactor);
        this.finalDivFactor = FINAL_DIV_FACTOR.require(finalDivFactor);
        // Python's evaluation order: the initial value, then the dict display left to right
        if (PyNum.real(divFactor) == 0) {
            throw DIV_FACTOR.bad(divFactor, "must not be 0 (Optax divides peak_value by it)");
        }
        double init = PyNum.trueDivide(peakValue, divFactor);
        OneCycle scales = new OneCycle();
        long start = OneCycle.key(PCT_START, pctStart, transitionSteps);
        scales.put(start, divFactor, DIV_FACTOR, divFactor);
        double product = PyNum.realTimes(divFactor, finalDivFactor);
        if (product == 0) {
            throw FINAL_DIV_FACTOR.bad(finalDivFactor, "must keep div_factor * final_div_factor non-zero (Optax"
                    + " divides 1.0 by it)");
        }
        boolean negativeDiv = PyNum.real(divFactor) < 0;
        scales.put(transitionSteps, 1.0 / product, negativeDiv ? DIV_FACTOR : FINAL_DIV_FACTOR,
                negativeDiv ? divFactor : finalDivFactor);
        java.util.TreeMap<Long, Number> checked = scales.checked();
        if (!Double.isFinite(init)) {
            throw DIV_FACTOR.bad(divFactor, "must keep peak_value / div_factor finite");
        }
        this.interpolation = new Interpolation(true, init, checked,
                rule -> FINAL_DIV_FACTOR.bad(finalDivFactor, rule + " (with div_factor=" + divFactor + ")"),
                rule -> PCT_START.bad(pctStart, rule));
    }

    /**
     * Steps of the whole cycle.
     *
     * @return {@code transition_steps}
     */
    public long transitionSteps() {
        return transitionSteps;
    }

    /**
     * The value at {@code pct_start * transition_steps}.
     *
     * @return {@code peak_value}
     */
    public Number peakValue() {
        return peakValue;
    }

    /**
     * The fraction of the cycle spent rising to {@code peak_value}.
     *
     * @return {@code pct_start}
     */
    public Number pctStart() {
        return pctStart;
    }

    /**
     * The divisor of the peak at step 0, where the value is {@code peak_value / div_factor}.
     *
     * @return {@code div_factor}
     */
    public Number divFactor() {
        return divFactor;
    }

    /**
     * The further divisor of the final value, {@code peak_value / div_factor / final_div_factor}.
     *
     * @return {@code final_div_factor}
     */
    public Number finalDivFactor() {
        return finalDivFactor;
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
