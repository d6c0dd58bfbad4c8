package org.lrsched.formula;

import java.util.Set;

/**
 * PyTorch's {@code CyclicLR} within one half of one cycle, {@code y} the step itself:
 * {@code x = (1.0 + y / total) - cycle}, {@code sf = (x - o) / d}, and
 * {@code base + (amp * sf) * f * pow(gamma, y)}, where the rising half has {@code o = 0.0, d = step_ratio} (PyTorch's
 * {@code x / step_ratio}) and the falling half {@code o = 1.0, d = step_ratio - 1}; {@code f} is the cycle's scale
 * (1.0, or triangular2's {@code 2^-(cycle-1)}) and {@code gamma} exp_range's (1.0 otherwise, where pow is not
 * called: {@code pow(1.0, y)} is exactly 1.0, and exp_range has {@code f = 1.0}).
 *
 * @param total the cycle's length, {@code float(step_size_up) + float(step_size_down)}
 * @param cycle the cycle's number, from 1, as a float
 * @param o {@code 0.0} in the rising half, {@code 1.0} in the falling one
 * @param d the divisor of the scale factor: {@code step_ratio} rising, {@code step_ratio - 1} falling
 * @param base the lr at each cycle's start, {@code base_lr}
 * @param amp the amplitude, {@code max_lr - base_lr}
 * @param f the cycle's scale: 1.0, or triangular2's {@code 2^-(cycle-1)}
 * @param gamma exp_range's factor per step, {@code gamma}; 1.0 for the other modes
 */
public record CyclicTriangle(double total, double cycle, double o, double d, double base, double amp, double f,
        double gamma) implements Formula {
    private static final Set<Arithmetic> POW = Set.of(Arithmetic.POW);

    @Override
    public double value(double y) {
        double x = (1.0 + y / total) - cycle;
        double sf = (x - o) / d;
        return base + (amp * sf) * (gamma == 1.0 ? f : f * StrictMath.pow(gamma, y));
    }

    @Override
    public Set<Arithmetic> arithmetic() {
        return gamma == 1.0 ? Set.of() : POW;
    }

    /** The scale factor {@code sf} lies in [0, 1] and, for {@code |gamma| <= 1}, so does {@code pow(gamma, y)}. */
    @Override
    public double scale() {
        double top = base + amp * f;
        return gamma >= 0 ? Formula.larger(base, top) : Math.abs(base) + Math.abs(amp * f);
    }

    @Override
    public void fill(Out out, int at, int n, long y0, int direction) {
        for (int i = 0; i < n; i++) {
            out.put(at + i, value(y0 + (long) direction * i));
        }
    }
}
