package org.lrsched.formula;

import java.util.Set;

/**
 * {@code c + r * pow(1 - y / length, power)}: MXNet's {@code PolyScheduler}.
 *
 * @param length the decay's length, {@code max_update - warmup_steps}
 * @param power {@code pwr}
 * @param r the range, {@code base_lr - final_lr}
 * @param c {@code final_lr}
 */
public record Poly(double length, double power, double r, double c) implements Formula {
    private static final Set<Arithmetic> POW = Set.of(Arithmetic.POW);

    @Override
    public double value(double y) {
        return c + r * StrictMath.pow(1 - y / length, power);
    }

    @Override
    public Set<Arithmetic> arithmetic() {
        return POW;
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
