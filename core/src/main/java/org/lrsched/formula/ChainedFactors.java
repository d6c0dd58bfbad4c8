package org.lrsched.formula;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * PyTorch's {@code ChainedScheduler} on a run of steps where each chained scheduler's closed form is one stage:
 * {@code v = lr}, then {@code v = stage.apply(v, y)} for each stage in order, {@code y} the step itself. Each stage
 * is its scheduler's closed form with {@code v} in place of the optimizer's lr, in that form's order of operations.
 */
public record ChainedFactors(double lr, List<Stage> stages) implements Formula {

    public ChainedFactors {
        stages = List.copyOf(stages);
    }

    /** One chained scheduler's closed form, applied to the rate the stages before it give. */
    public sealed interface Stage {
        double apply(double v, double y);

        /** The transcendental function the stage calls, or null. */
        Arithmetic arithmetic();

        /** The largest |result| for an incoming rate of magnitude at most {@code v}. */
        double bound(double v);
    }

    /** {@code v * k}: a factor constant on the run (StepLR, MultiStepLR, ConstantLR, a finished LinearLR). */
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

    /** {@code v * ((y * a) / b + c)}: LinearLR's {@code base * (start + (end - start) * s / total_iters)}. */
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

    /** {@code v * pow(g, y)}: ExponentialLR's {@code base * gamma ** s}, for {@code |g| <= 1}. */
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

    /** {@code v * pow(1.0 - y / t, power)}: PolynomialLR's {@code base * (1.0 - s / total_iters) ** power}. */
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
