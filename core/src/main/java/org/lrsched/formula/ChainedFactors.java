package org.lrsched.formula;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * PyTorch's {@code ChainedScheduler} on a run of steps where each chained scheduler's closed form is one stage:
 * {@code v = lr}, then {@code v = stage.apply(v, y)} for each stage in order, {@code y} the step itself. Each stage
 * is its scheduler's closed form with {@code v} in place of the optimizer's lr, in that form's order of operations.
 *
 * @param lr the optimizer's initial lr, {@code lr}: the rate the first stage is applied to
 * @param stages the chained schedulers' stages on the run, in list order
 */
public record ChainedFactors(double lr, List<Stage> stages) implements Formula {

    /**
     * The formula, with a copy of the stages.
     *
     * @param lr the optimizer's initial lr, {@code lr}: the rate the first stage is applied to
     * @param stages the chained schedulers' stages on the run, in list order
     */
    public ChainedFactors {
        stages = List.copyOf(stages);
    }

    /** One chained scheduler's closed form, applied to the rate the stages before it give. */
    public sealed interface Stage {
        /**
         * The scheduler's closed form at {@code y} with {@code v} in place of the optimizer's lr.
         *
         * @param v the rate the stages before give ({@code lr} for the first)
         * @param y the step
         * @return the rate after this stage
         */
        double apply(double v, double y);

        /**
         * The transcendental function the stage calls.
         *
         * @return the function, or null where the stage is IEEE arithmetic alone
         */
        Arithmetic arithmetic();

        /**
         * The largest |result| for an incoming rate of magnitude at most {@code v}.
         *
         * @param v the largest magnitude of the incoming rate
         * @return the largest magnitude of the result
         */
        double bound(double v);
    }

    /**
     * {@code v * k}: a factor constant on the run (StepLR, MultiStepLR, ConstantLR, a finished LinearLR or
     * PolynomialLR).
     *
     * @param k the factor on the run: {@code gamma ** n} (StepLR, MultiStepLR), ConstantLR's
     *     {@code factor + (s >= total_iters) * (1 - factor)}, or a finished LinearLR's or PolynomialLR's last factor
     */
    public record Times(double k) implements Stage {
        @Override
        public double apply(double v, double y) {
            return v * k;
        }

        @Override
        public Arithmetic arithmetic() {
            return null;
        }

        @Override
        public double bound(double v) {
            return v * Math.abs(k);
        }
    }

    /**
     * {@code v * ((y * a) / b + c)}: LinearLR's {@code base * (start + (end - start) * s / total_iters)}.
     *
     * @param a the move of the factor, {@code end_factor - start_factor}
     * @param b the ramp's length, {@code total_iters}
     * @param c the factor at step 0, {@code start_factor}
     */
    public record TimesRamp(double a, double b, double c) implements Stage {
        @Override
        public double apply(double v, double y) {
            return v * ((y * a) / b + c);
        }

        @Override
        public Arithmetic arithmetic() {
            return null;
        }

        @Override
        public double bound(double v) {
            return v * Formula.larger(c, (b * a) / b + c);
        }
    }

    /**
     * {@code v * pow(g, y)}: ExponentialLR's {@code base * gamma ** s}, for {@code |g| <= 1}.
     *
     * @param g the factor per step, a float {@code gamma}
     */
    public record TimesPow(double g) implements Stage {
        @Override
        public double apply(double v, double y) {
            return v * StrictMath.pow(g, y);
        }

        @Override
        public Arithmetic arithmetic() {
            return Arithmetic.POW;
        }

        @Override
        public double bound(double v) {
            return v;
        }
    }

    /**
     * {@code v * pow(1.0 - y / t, power)}: PolynomialLR's {@code base * (1.0 - s / total_iters) ** power}.
     *
     * @param t the decay's length, {@code total_iters} (at most 2^53, where a double division is Python's int one)
     * @param power the power of the polynomial, {@code power}
     */
    public record TimesPoly(double t, double power) implements Stage {
        @Override
        public double apply(double v, double y) {
            return v * StrictMath.pow(1.0 - y / t, power);
        }

        @Override
        public Arithmetic arithmetic() {
            return Arithmetic.POW;
        }

        @Override
        public double bound(double v) {
            return v;
        }
    }

    /**
     * {@code etaMin + ((v - etaMin) * (1 + cos((pi * y) / t))) / 2}: CosineAnnealingLR's closed form with {@code v}
     * as its base lr.
     *
     * @param t the half cosine's length, {@code T_max}
     * @param etaMin the lr at {@code T_max}, {@code eta_min}
     */
    public record TowardCosine(double t, double etaMin) implements Stage {
        @Override
        public double apply(double v, double y) {
            return etaMin + ((v - etaMin) * (1 + StrictMath.cos((Math.PI * y) / t))) / 2;
        }

        @Override
        public Arithmetic arithmetic() {
            return Arithmetic.COS;
        }

        @Override
        public double bound(double v) {
            return Math.max(v, Math.abs(etaMin));
        }
    }

    @Override
    public double value(double y) {
        double v = lr;
        for (Stage stage : stages) {
            v = stage.apply(v, y);
        }
        return v;
    }

    @Override
    public Set<Arithmetic> arithmetic() {
        Set<Arithmetic> used = EnumSet.noneOf(Arithmetic.class);
        for (Stage stage : stages) {
            if (stage.arithmetic() != null) {
                used.add(stage.arithmetic());
            }
        }
        return Set.copyOf(used);
    }

    /** The folded bound of the stages: each stage's largest |result| for the largest |rate| before it. */
    @Override
    public double scale() {
        double v = Math.abs(lr);
        for (Stage stage : stages) {
            v = stage.bound(v);
        }
        return v;
    }

    @Override
    public void fill(Out out, int at, int n, long y0, int direction) {
        for (int i = 0; i < n; i++) {
            out.put(at + i, value(y0 + (long) direction * i));
        }
    }
}
