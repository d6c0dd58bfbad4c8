package org.lrsched.formula;

import java.util.Set;

/**
 * {@code c + (r * (1 + cos((pi * y) / length))) / 2}: MXNet's {@code CosineScheduler}.
 *
 * @param length the decay's length, {@code max_update - warmup_steps}
 * @param r the range, {@code base_lr - final_lr}
 * @param c {@code final_lr}
 */
public record MxnetCosine(double length, double r, double c) implements Formula {
    private static final Set<Arithmetic> COS = Set.of(Arithmetic.COS);

    @Override
    public double value(double y) {
        return c + (r * (1 + StrictMath.cos((Math.PI * y) / length))) / 2;
    }

    @Override
    public Set<Arithmetic> arithmetic() {
        return COS;
    }

    @Override
    public double scale() {
        return Formula.larger(value(0), value(length));
    }

    @Override
    public void fill(Out out, int at, int n, long y0, int direction) {
        for (int i = 0; i < n; i++) {
            out.put(at + i, value(y0 + (long) direction * i));
        }
    }
}
