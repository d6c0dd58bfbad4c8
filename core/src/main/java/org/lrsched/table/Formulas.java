package org.lrsched.table;

/**
 * The primitive formulas of {@link org.lrsched.plan.PieceSink}, one value at a time, in the reference's order
 * of IEEE operations: the scalar kernel, and the tails of vector kernels.
 */
public final class Formulas {
    private Formulas() {}

    public static double divScale(double y, double q, double r, double c, double m) {
        return ((y / q) * r + c) * m;
    }

    public static double mulDiv(double y, double a, double b, double c) {
        return (y * a) / b + c;
    }

    public static double cosine(double y, double length, double r, double c, double m) {
        return ((1 + StrictMath.cos((y * Math.PI) / length)) / 2 * r + c) * m;
    }

    public static double mxnetCosine(double y, double length, double r, double c) {
        return c + (r * (1 + StrictMath.cos((Math.PI * y) / length))) / 2;
    }

    public static double poly(double y, double length, double power, double r, double c) {
        return c + r * StrictMath.pow(1 - y / length, power);
    }
}
