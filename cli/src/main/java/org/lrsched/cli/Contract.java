package org.lrsched.cli;

import java.util.Map;
import org.lrsched.Schedule;
import org.lrsched.spec.Spec;

/**
 * DESIGN.md's equivalence contract for one schedule's tables against its {@code at}: bit identity where no cos
 * or pow is computed; where one is, doubles within 2^-50 x the schedule's largest |lr|, and floats within one
 * float ulp of the reference rounded to float (or within that double bound, for values far below it).
 */
final class Contract {
    private static final double RELATIVE = 0x1p-50;

    /** Bit identity is owed: the tree has no cosine and no power. */
    final boolean exact;
    /** The largest |lr| the spec names; a larger value met in the range raises it. */
    private double scale;

    Contract(Schedule schedule) {
        this.exact = !computesCosOrPow(schedule.spec());
        this.scale = largestRate(schedule.spec());
    }

    /** Widens the bound to a learning rate larger than the spec's own, as growing magnitudes can give. */
    void see(double value) {
        if (Math.abs(value) > scale) {
            scale = Math.abs(value);
        }
    }

    /** The bound for a double table's value; 0: bit identity. */
    double doubleBound() {
        return exact ? 0 : RELATIVE * scale;
    }

    /** The bound for a float table's value, the reference rounded to float being {@code want}; 0: bit identity. */
    double floatBound(float want) {
        return exact ? 0 : Math.max(Math.ulp(want), RELATIVE * scale);
    }

    String describe() {
        if (exact) {
            return "no cos or pow: every table equals at() to the bit (a float table: at() rounded to float)";
        }
        return String.format("cos or pow: a double table within 2^-50 x %s (the largest |lr|) = %.3g of at(),"
                + "%n          a float table within 1 float ulp of at() rounded to float, or within that bound",
                scale, RELATIVE * scale);
    }

    private static boolean computesCosOrPow(Spec spec) {
        if (spec.type().contains("cos") || spec.type().contains("poly")) {
            return true;
        }
        return spec.params().values().stream().anyMatch(p -> p instanceof Spec && computesCosOrPow((Spec) p));
    }

    /** The largest |value| of the parameters named like learning rates ({@code max_lr}, {@code lr_min}, ...). */
    private static double largestRate(Spec spec) {
        double largest = 0;
        for (Map.Entry<String, Object> p : spec.params().entrySet()) {
            if (p.getValue() instanceof Spec) {
                largest = Math.max(largest, largestRate((Spec) p.getValue()));
            } else if (p.getValue() instanceof Number && (p.getKey().endsWith("lr") || p.getKey().startsWith("lr"))) {
                largest = Math.max(largest, Math.abs(((Number) p.getValue()).doubleValue()));
            }
        }
        return largest;
    }
}
