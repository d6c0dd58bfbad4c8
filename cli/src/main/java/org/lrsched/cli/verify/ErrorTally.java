package org.lrsched.cli.verify;

import org.lrsched.cli.table.Precision;
import org.lrsched.table.Kernel;

/** How far one kernel's table in one precision is from the reference: the largest errors, and the failures. */
final class ErrorTally {
    final Kernel kernel;
    final Precision precision;
    private double maxUlps;
    private double maxOfBound;
    private long failures;
    private long firstFailure = -1;
    private double firstGot;
    private double firstWant;

    ErrorTally(Kernel kernel, Precision precision) {
        this.kernel = kernel;
        this.precision = precision;
    }

    /** One step's value {@code got} against the reference {@code want} (a float's: rounded to float). */
    void add(long step, double got, double want, double ulp, double bound) {
        boolean same = Double.doubleToRawLongBits(got) == Double.doubleToRawLongBits(want);
        if (same && Double.isFinite(got)) {
            return;
        }
        double error = Math.abs(got - want);
        maxUlps = Math.max(maxUlps, error / ulp);
        boolean within = bound > 0 && error <= bound; // a bound of 0 asks for the same bits; NaN is never within
        maxOfBound = Math.max(maxOfBound, bound > 0 ? error / bound : Double.POSITIVE_INFINITY);
        if (!within) {
            if (failures == 0) {
                firstFailure = step;
                firstGot = got;
                firstWant = want;
            }
            failures++;
        }
    }

    boolean passed() {
        return failures == 0;
    }

    /** The largest error in units in the last place of the reference value. */
    double maxUlps() {
        return maxUlps;
    }

    /** The largest error as a fraction of the contract's bound; infinite where bit identity was owed and missed. */
    double maxOfBound() {
        return maxOfBound;
    }

    long failures() {
        return failures;
    }

    String firstFailure() {
        return "step " + firstFailure + ": " + firstGot + " instead of " + firstWant;
    }
}
