package org.lrsched.table;

/**
 * Fills one piece of a plan into an array: {@code n} values from index {@code at}, for the piece's variable
 * {@code y = y0 + direction * i} (see {@link org.lrsched.plan.PieceSink} for the formulas). Float arrays get
 * each double value rounded to float.
 */
public interface Kernel {

    /** The name {@code -Dlrsched.kernel} and the CLI's {@code --kernel} know it by. */
    String name();

    void constant(double[] out, int at, int n, double value);

    void constant(float[] out, int at, int n, double value);

    void divScale(double[] out, int at, int n, long y0, int direction, double q, double r, double c, double m);

    void divScale(float[] out, int at, int n, long y0, int direction, double q, double r, double c, double m);

    void mulDiv(double[] out, int at, int n, long y0, double a, double b, double c);

    void mulDiv(float[] out, int at, int n, long y0, double a, double b, double c);

    void cosine(double[] out, int at, int n, long y0, double length, double r, double c, double m);

    void cosine(float[] out, int at, int n, long y0, double length, double r, double c, double m);

    void mxnetCosine(double[] out, int at, int n, long y0, double length, double r, double c);

    void mxnetCosine(float[] out, int at, int n, long y0, double length, double r, double c);

    void poly(double[] out, int at, int n, long y0, double length, double power, double r, double c);

    void poly(float[] out, int at, int n, long y0, double length, double power, double r, double c);
}
