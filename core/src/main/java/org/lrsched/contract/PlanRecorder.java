package org.lrsched.contract;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.LongToDoubleFunction;
import org.lrsched.formula.Arithmetic;
import org.lrsched.formula.Formula;
import org.lrsched.plan.PieceSink;

/**
 * Reads a plan for what the contract needs: which transcendental functions its pieces call, and the largest |lr|
 * their formulas reach. Per-step pieces are {@code at} itself in every kernel, so they owe bit identity.
 */
final class PlanRecorder implements PieceSink {
    private final Set<Arithmetic> arithmetic = EnumSet.noneOf(Arithmetic.class);
    private double scale;

    Set<Arithmetic> arithmetic() {
        return Set.copyOf(arithmetic);
    }

    double scale() {
        return scale;
    }

    @Override
    public void constant(long count, double value) {
        scale = Math.max(scale, Math.abs(value));
    }

    @Override
    public void piece(long count, long y0, int direction, Formula formula) {
        arithmetic.addAll(formula.arithmetic());
        long last = y0 + direction * (count - 1);
        scale = Math.max(scale, Math.max(formula.scale(), Formula.larger(formula.value(y0), formula.value(last))));
    }

    @Override
    public void repeat(long count, long period) {
        // copies of pieces already recorded
    }

    @Override
    public void perStep(long count, long firstStep, LongToDoubleFunction values) {
        // every kernel evaluates these as at() does
    }
}
