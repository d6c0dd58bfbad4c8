package org.lrsched.cli.bench;

/** A JMH score and its error: the half-width of JMH's 99.9% interval, NaN when one iteration gives no spread. */
record Measure(double value, double error) {

    Measure times(double factor) {
        return new Measure(value * factor, error * Math.abs(factor));
    }

    /** {@code this / other}, its relative error the two relative errors added in quadrature. */
    Measure over(Measure other) {
        double ratio = value / other.value;
        return new Measure(ratio, Math.abs(ratio) * Math.hypot(error / value, other.error / other.value));
    }
}
