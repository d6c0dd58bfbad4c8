package org.lrsched.formula;

import java.util.Set;

/**
 * {@code p = y / q}, a ramp {@code g(p)} of {@link Shape}, then {@code m * max(0.0, g * a + c)} (Python's
 * {@code max}: 0.0 unless the value is {@code > 0.0}): transformers' WSD warm-ups and decays, linear and 1-sqrt,
 * with {@code a = 1.0 - min_lr_ratio} and {@code c = min_lr_ratio}. IEEE arithmetic only (sqrt is correctly
 * rounded).
 *
 * @param shape the ramp: {@link Shape#UP} or {@link Shape#SQRT_UP} for a warm-up, {@link Shape#DOWN} or
 *     {@link Shape#SQRT_DOWN} for a decay
 * @param q the phase's length: {@code max(1, num_warmup_steps)} or {@code max(1, num_decay_steps)}
 * @param a the range of the factor, {@code 1.0 - min_lr_ratio}
 * @param c the factor at the low end, {@code min_lr_ratio}
 * @param m the magnitude, {@code lr}
 */
public record ClampedRamp(Shape shape, double q, double a, double c, double m) implements Formula {

    /** The ramp of {@code p} in [0, 1]. */
    public enum Shape {
        /** {@code p} */
        UP,
        /** {@code 1.0 - p} */
        DOWN,
        /** {@code 1.0 - sqrt(1.0 - p)} */
        SQRT_UP,
        /** {@code 1.0 - sqrt(p)} */
        SQRT_DOWN
    }

    @Override
    public double value(double y) {
        double p = y / q;
        double g = switch (shape) {
            case UP -> p;
            case DOWN -> 1.0 - p;
            case SQRT_UP -> 1.0 - Math.sqrt(1.0 - p);
            case SQRT_DOWN -> 1.0 - Math.sqrt(p);
        };
        double x = g * a + c;
        return m * (x > 0.0 ? x : 0.0);
    }

    @Override
    public Set<Arithmetic> arithmetic() {
        return Set.of();
    }

    /** {@code g} runs over [0, 1] on the ramp's domain {@code y <= q}. */
    @Override
    public double scale() {
        return Math.abs(m) * Formula.larger(c, a + c);
    }

    @Override
    public void fill(Out out, int at, int n, long y0, int direction) {
        for (int i = 0; i < n; i++) {
            out.put(at + i, value(y0 + (long) direction * i));
        }
    }
}
