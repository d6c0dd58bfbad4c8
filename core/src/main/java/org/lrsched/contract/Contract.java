package org.lrsched.contract;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.lrsched.Schedule;
import org.lrsched.formula.Arithmetic;
import org.lrsched.plan.Plans;

/**
 * The equivalence contract of a range of a schedule's table against its {@code at}, derived from the plan of that
 * range: where the pieces use IEEE arithmetic only, every kernel's table equals {@code at} to the bit (a float
 * table: {@code at} rounded to float); where a piece calls cos, pow, exp, log or tanh, a double table is within
 * 2^-50 x the scale, the largest |lr| the range's formulas reach (over the whole ramp or cycle each piece belongs
 * to), and a float table within one float ulp of {@code at} rounded to float, or within that double bound. A
 * value that is not finite never holds.
 */
public final class Contract {
    private static final double RELATIVE = 0x1p-50;

    private final Set<Arithmetic> arithmetic;
    private final double scale;

    private Contract(Set<Arithmetic> arithmetic, double scale) {
        this.arithmetic = arithmetic;
        this.scale = scale;
    }

    /**
     * The contract of steps {@code [first, first + count)}.
     *
     * <pre>{@code
     * Contract contract = Contract.of(schedule, first, table.length);
     * boolean ok = contract.holds(schedule.at(first + i), table[i]);
     * }</pre>
     *
     * @param schedule the schedule
     * @param first the first step
     * @param count how many steps, the last below {@code Long.MAX_VALUE} (where tables stop)
     * @return the contract every kernel's table of the range meets
     * @throws ArithmeticException where the schedule's reference raises in that range
     */
    public static Contract of(Schedule schedule, long first, long count) {
        PlanRecorder recorder = new PlanRecorder();
        Plans.plan(schedule, first, count, recorder);
        return new Contract(recorder.arithmetic(), recorder.scale());
    }

    /**
     * The contract of both ranges: the wider bound.
     *
     * @param other the contract of another range
     * @return the contract of both
     */
    public Contract and(Contract other) {
        Set<Arithmetic> both = EnumSet.noneOf(Arithmetic.class);
        both.addAll(arithmetic);
        both.addAll(other.arithmetic);
        return new Contract(Set.copyOf(both), Math.max(scale, other.scale));
    }

    /**
     * Whether bit identity is owed: the range is IEEE arithmetic only.
     *
     * @return true where every table equals {@code at} to the bit
     */
    public boolean exact() {
        return arithmetic.isEmpty();
    }

    /**
     * The transcendental functions the range's pieces call.
     *
     * @return the functions; empty for IEEE arithmetic alone
     */
    public Set<Arithmetic> arithmetic() {
        return arithmetic;
    }

    /**
     * The largest |lr| the range's formulas reach: what the bound is relative to.
     *
     * @return the scale
     */
    public double scale() {
        return scale;
    }

    /**
     * The bound for a double table's value; 0: bit identity. For a subnormal scale it stays at one unit of the
     * smallest double, since results there are rounded to that unit.
     *
     * @return the largest |table - at| a double table may show
     */
    public double doubleBound() {
        return exact() ? 0 : Math.max(RELATIVE * scale, Double.MIN_VALUE);
    }

    /**
     * The bound for a float table's value; 0: bit identity.
     *
     * @param want {@code at} rounded to float
     * @return the largest |table - want| a float table may show there
     */
    public double floatBound(float want) {
        return exact() ? 0 : Math.max(Math.ulp(want), doubleBound());
    }

    /**
     * Whether a double table's value meets the contract.
     *
     * @param want {@code at} of the step
     * @param got the table's value of the step
     * @return true where both are finite and within {@link #doubleBound()} (equal bits, where exact)
     */
    public boolean holds(double want, double got) {
        if (!Double.isFinite(want) || !Double.isFinite(got)) {
            return false;
        }
        return exact() ? Double.doubleToRawLongBits(want) == Double.doubleToRawLongBits(got)
                : Math.abs(got - want) <= doubleBound();
    }

    /**
     * Whether a float table's value meets the contract.
     *
     * @param want {@code at} of the step, rounded to float
     * @param got the table's value of the step
     * @return true where both are finite and within {@link #floatBound(float)} (equal bits, where exact)
     */
    public boolean holds(float want, float got) {
        if (!Float.isFinite(want) || !Float.isFinite(got)) {
            return false;
        }
        return exact() ? Float.floatToRawIntBits(want) == Float.floatToRawIntBits(got)
                : Math.abs(got - want) <= floatBound(want);
    }

    /**
     * Two lines for a person: what the range computes, and what every table owes.
     *
     * @return the description
     */
    public String describe() {
        if (exact()) {
            return "no cos or pow (nor exp, log, tanh): IEEE arithmetic only, so every table equals at() to the bit"
                    + " (a float table: at() rounded to float)";
        }
        String uses = arithmetic.stream().map(a -> a.name().toLowerCase(java.util.Locale.ROOT)).sorted()
                .collect(Collectors.joining(", "));
        return String.format("%s: a double table within 2^-50 x %s (the largest |lr| of the range's formulas) = %.3g"
                + " of at(),%n          a float table within 1 float ulp of at() rounded to float, or within that"
                + " bound", uses, scale, doubleBound());
    }

    @Override
    public String toString() {
        return exact() ? "exact" : "within " + doubleBound() + " (" + arithmetic + ", scale " + scale + ")";
    }
}
