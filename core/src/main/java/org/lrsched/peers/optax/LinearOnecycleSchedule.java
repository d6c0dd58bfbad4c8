package org.lrsched.peers.optax;

import org.lrsched.Spec;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * Optax's {@code linear_onecycle_schedule}: its linear {@code piecewise_interpolate_schedule} from
 * {@code peak_value / div_factor} with the scales {@code {int(pct_start * T): div_factor, int(pct_final * T):
 * 1.0 / div_factor, T: 1.0 / final_div_factor}}: up to the peak, back down, then down to the final value. As in
 * Optax, a small {@code transition_steps} collapses the phases (a repeated key keeps the later scale).
 */
public final class LinearOnecycleSchedule extends OptaxSchedule {
    private static final Param<Long> TRANSITION_STEPS = Param.of("transition_steps", Kinds.INTEGER,
            "steps of the whole cycle").rule("> 0", t -> t > 0);
    private static final Param<Number> PEAK_VALUE = Param.of("peak_value", Kinds.NUMBER,
            "the value at pct_start * transition_steps");
    private static final Param<Number> PCT_START = Param.of("pct_start", Kinds.NUMBER,
            "the fraction of the cycle spent rising to peak_value").orElse(0.3);
    private static final Param<Number> PCT_FINAL = Param.of("pct_final", Kinds.NUMBER,
            "the fraction of the cycle at whose end the value is back at peak_value / div_factor").orElse(0.85);
    private static final Param<Number> DIV_FACTOR = Param.of("div_factor", Kinds.NUMBER,
            "the value at step 0 is peak_value / div_factor").orElse(25.0);
    private static final Param<Number> FINAL_DIV_FACTOR = Param.of("final_div_factor", Kinds.NUMBER,
            "the final value is peak_value / div_factor / final_div_factor").orElse(1e4);

    /** The type {@code optax.linear_onecycle_schedule} of the spec language. */
    public static final ScheduleType<LinearOnecycleSchedule> TYPE = ScheduleType.<LinearOnecycleSchedule>of(
                    "optax.linear_onecycle_schedule", "Optax's linear_onecycle_schedule: linear from peak_value /"
                            + " div_factor up to peak_value, back down, then down to the final value")
            .param(TRANSITION_STEPS, LinearOnecycleSchedule::transitionSteps)
            .param(PEAK_VALUE, LinearOnecycleSchedule::peakValue)
            .param(PCT_START, LinearOnecycleSchedule::pctStart)
            .param(PCT_FINAL, LinearOnecycleSchedule::pctFinal)
            .param(DIV_FACTOR, LinearOnecycleSchedule::divFactor)
            .param(FINAL_DIV_FACTOR, LinearOnecycleSchedule::finalDivFactor)
            .example("optax.linear_onecycle_schedule(transition_steps=10000, peak_value=0.01)")
            .build(v -> new LinearOnecycleSchedule(v.get(TRANSITION_STEPS), v.get(PEAK_VALUE), v.get(PCT_START),
                    v.get(PCT_FINAL), v.get(DIV_FACTOR), v.get(FINAL_DIV_FACTOR)));

    private final long transitionSteps;
    private final Number peakValue;
    private final Number pctStart;
    private final Number pctFinal;
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
     * @param pctFinal {@code pct_final}: the fraction of the cycle at whose end the value is back at
     *     {@code peak_value / div_factor} (Optax's default 0.85)
     * @param divFactor {@code div_factor}: the value at step 0 is {@code peak_value / div_factor}, {@code > 0}
     *     (Optax's default 25.0)
     * @param finalDivFactor {@code final_div_factor}: the final value is
     *     {@code peak_value / div_factor / final_div_factor}, {@code > 0} (Optax's default 1e4)
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public LinearOnecycleSchedule(long transitionSteps, Number peakValue, Number pctStart, Number pctFinal,
            Number divFactor, Number finalDivFactor) {
        this.transitionSteps = TRANSITION_STEPS.require(transitionSteps);
        this.peakValue = PEAK_VALUE.require(peakValue);
        this.pctStart = PCT_START.require(pctStart);
        this.pctFinal = PCT_FINAL.require(pctFinal);
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
        long fall = OneCycle.key(PCT_FINAL, pctFinal, transitionSteps);
        scales.put(fall, 1.0 / PyNum.real(divFactor), DIV_FACTOR, divFactor);
        if (PyNum.real(finalDivFactor) == 0) {
            throw FINAL_DIV_FACTOR.bad(finalDivFactor, "must not be 0 (Optax divides 1.0 by it)");
        }
        scales.put(transitionSteps, 1.0 / PyNum.real(finalDivFactor), FINAL_DIV_FACTOR, finalDivFactor);
        java.util.TreeMap<Long, Number> checked = scales.checked();
        if (!Double.isFinite(init)) {
            throw DIV_FACTOR.bad(divFactor, "must keep peak_value / div_factor finite");
        }
        this.interpolation = new Interpolation(false, init, checked, rule -> DIV_FACTOR.bad(divFactor, rule),
                rule -> PCT_START.bad(pctStart, rule + " (the keys come from pct_start and pct_final)"));
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
     * The fraction of the cycle at whose end the value is back at {@code peak_value / div_factor}.
     *
     * @return {@code pct_final}
     */
    public Number pctFinal() {
        return pctFinal;
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
