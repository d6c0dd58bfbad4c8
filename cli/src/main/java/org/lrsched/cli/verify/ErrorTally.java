package org.lrsched.cli.verify;

import org.lrsched.cli.table.Precision;
import org.lrsched.table.Kernel;

/**
 * How far one kernel's table in one precision is from the reference, in the contract's own terms: the largest
 * error as a fraction of the bound, and in absolute terms; in ulps only where the bound itself is in ulps (bit
 * identity, or one float ulp); the value whose error is the most ulps where it is not; and the failures.
 */
final class ErrorTally {
    /** A step whose error, within an absolute bound, is many of its value's ulps: a value near 0. */
    record ManyUlps(long step, double want, double error, double ulps, double ofBound) {}

    final Kernel kernel;
    final Precision precision;
    private double maxOfBound;
    private double maxError;
    private double maxUlps;
    private ManyUlps mostUlpsElsewhere;
    private long failures;
    private long firstFailure = -1;
    private double firstGot;
    private double firstWant;

    ErrorTally(Kernel kernel, Precision precision) {
        this.kernel = kernel;
        this.precision = precision;
    }

    /**
     * One step's value {@code got} against the reference {@code want} (a float's: rounded to float), whose ulp is
     * {@code ulp}, under {@code bound} (0: bit identity).
     */
    void add(long step, double got, double want, double ulp, double bound) {
        boolean same = Double.doubleToRawLongBits(got) == Double.doubleToRawLongBits(want);
        if (same && Double.isFinite(got)) {
            return;
        }
        double error = Math.abs(got - want);
        double ofBound = bound > 0 ? error / bound : Double.POSITIVE_INFINITY; // 0 asks for the same bits
        maxOfBound = Math.max(maxOfBound, ofBound);
        maxError = Math.max(maxError, error);
        double ulps = error / ulp;
        if (bound == 0 || bound == ulp) {
            maxUlps = Math.max(maxUlps, ulps);
        } else if (mostUlpsElsewhere == null || ulps > mostUlpsElsewhere.ulps()) {
            mostUlpsElsewhere = new ManyUlps(step, want, error, ulps, ofBound);
        }
        if (!(error <= bound) || bound == 0) { // NaN is never within
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

    /** The largest error as a fraction of the contract's bound; infinite where bit identity was owed and missed. */
    double maxOfBound() {
        return maxOfBound;
    }

    /** The largest |table - at()|. */
    double maxError() {
        return maxError;
    }

    /** The largest error in ulps of the reference value, over the steps whose bound is 0 or 1 ulp. */
    double maxUlps() {
        return maxUlps;
    }

    /** Of the steps whose bound is absolute, the one whose error is the most ulps; null when none differ. */
    ManyUlps mostUlpsElsewhere() {
        return mostUlpsElsewhere;
    }

    long failures() {
        return failures;
    }

    String firstFailure() {
        return "step " + firstFailure + ": " + firstGot + " instead of " + firstWant;
    }
}
