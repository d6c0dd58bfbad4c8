package org.lrsched.formula;

import java.util.Set;

/**
 * {@code p = (y + d) / q; u = n * p - j; x = a * (h * (1.0 + sigma * cos(k * u))) + c}, then {@code x} clamped
 * at 0.0 when {@code clamp} (Python's {@code max(0.0, x)}: 0.0 unless {@code x > 0.0}), times {@code m}: the
 * cosines of transformers (the cosine, min-lr, hard-restart and WSD schedules, {@code LambdaLR}'s
 * {@code lr * lambda}) and of Keras ({@code CosineDecay}, {@code CosineDecayRestarts}). The cosine's argument is
 * {@code k * u}, the peers' order, not {@code (y * pi) / length}. With {@code d = 0.0}, {@code n = 1.0},
 * {@code j = 0.0}, {@code sigma = 1.0} and {@code a = 1.0, c = 0.0} the extra operations are exact identities;
 * {@code sigma = -1.0} gives {@code 1.0 - cos}. An argument that is not finite gives NaN (Python's
 * {@code math.cos} raises there), which {@code at} and the tables refuse.
 *
 * @param q the length the variable is divided by: {@code max(1, T - W)}, {@code max(1, num_warmup_steps)} or
 *     {@code max(1, num_decay_steps)} in transformers, {@code decay_steps} or the cycle's length in Keras
 * @param d the offset added to {@code y} first: in Keras' restarts the distance of the cycle's first step from
 *     its exact start, else 0.0
 * @param n the factor of the fraction: {@code num_cycles} in transformers' hard restarts, else 1.0
 * @param j subtracted from it: the cycle index in transformers' hard restarts, else 0.0
 * @param k the cosine's frequency: {@code pi * num_cycles * 2.0} in transformers' cosine and min-lr schedules and
 *     WSD's cosine decay, else pi
 * @param sigma the sign of the cosine: -1.0 for WSD's cosine warm-up ({@code 1.0 - cos}), else 1.0
 * @param h half the cosine's height: 0.5, or {@code 0.5 * m_mul^i} in cycle {@code i} of Keras' restarts
 * @param a the scale of the cosine factor: {@code 1 - rate} in transformers' cosine and min-lr schedules (rate
 *     0.0, {@code min_lr_rate} or {@code min_lr / lr}), {@code 1.0 - min_lr_ratio} in WSD, {@code 1 - alpha} in
 *     Keras, 1.0 in transformers' hard restarts
 * @param c the fraction the factor is lifted by: that {@code rate}, {@code min_lr_ratio} or {@code alpha}; 0.0 in
 *     transformers' hard restarts
 * @param m the magnitude: {@code lr} in transformers, {@code initial_learning_rate} (or {@code warmup_target}
 *     after a warm-up) in Keras
 * @param clamp whether {@code x} is clamped at 0.0: transformers' {@code max(0.0, ...)}; false for Keras
 */
public record AffineCosine(double q, double d, double n, double j, double k, double sigma, double h, double a,
        double c, double m, boolean clamp) implements Formula {
    private static final Set<Arithmetic> COS = Set.of(Arithmetic.COS);

    @Override
    public double value(double y) {
        double p = (y + d) / q;
        double u = n * p - j;
        double v = k * u;
        if (!Double.isFinite(v)) {
            return Double.NaN;
        }
        double x = a * (h * (1.0 + sigma * StrictMath.cos(v))) + c;
        if (clamp && !(x > 0.0)) {
            x = 0.0;
        }
        return m * x;
    }

    @Override
    public Set<Arithmetic> arithmetic() {
        return COS;
    }

    /** {@code h * (1 + sigma * cos)} runs over [0, 2h]: the affine map takes its extremes at the two ends. */
    @Override
    public double scale() {
        return Math.abs(m) * Formula.larger(c, a * (2 * h) + c);
    }

    @Override
    public void fill(Out out, int at, int n, long y0, int direction) {
        for (int i = 0; i < n; i++) {
            out.put(at + i, value(y0 + (long) direction * i));
        }
    }
}
