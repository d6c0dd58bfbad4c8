package org.lrsched.cli;

import org.lrsched.Schedule;
import org.lrsched.spec.LargestRate;
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
    private final LargestRate largestRate;
    /** The schedule's largest |lr| up to the last step checked; growing cycle magnitudes raise it. */
    private double scale;

    Contract(Schedule schedule) {
        this.exact = !computesCosOrPow(schedule.spec());
        this.largestRate = new LargestRate(schedule.spec());
        this.scale = largestRate.upTo(0);
    }

    /** Widens the bound to the largest |lr| of the cycles up to {@code step}, before steps up to it are checked. */
    void reach(long step) {
        scale = Math.max(scale, largestRate.upTo(step));
    }

    /**
     * The bound for a double table's value; 0: bit identity. For a subnormal max|lr| it stays at one unit of the
     * smallest double, since results there are rounded to that unit.
     */
    double doubleBound() {
        return exact ? 0 : Math.max(RELATIVE * scale, Double.MIN_VALUE);
    }

    /** The bound for a float table's value, the reference rounded to float being {@code want}; 0: bit identity. */
    double floatBound(float want) {
        return exact ? 0 : Math.max(Math.ulp(want), doubleBound());
    }

    String describe() {
        if (exact) {
            return "no cos or pow: every table equals at() to the bit (a float table: at() rounded to float)";
        }
        return String.format("cos or pow: a double table within 2^-50 x %s (the largest |lr| so far) = %.3g of at(),"
                + "%n          a float table within 1 float ulp of at() rounded to float, or within that bound",
                scale, RELATIVE * scale);
    }

    private static boolean computesCosOrPow(Spec spec) {
        if (spec.type().contains("cos") || spec.type().contains("poly")) {
            return true;
        }
        return spec.params().values().stream().anyMatch(p -> p instanceof Spec && computesCosOrPow((Spec) p));
    }
}
