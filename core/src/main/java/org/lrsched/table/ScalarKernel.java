package org.lrsched.table;

import java.util.Arrays;

/** The plain-Java kernel: the reference's formulas in a loop, bit-identical to {@code Schedule.at}. */
public class ScalarKernel implements Kernel {
    public static final ScalarKernel INSTANCE = new ScalarKernel();

    protected ScalarKernel() {}

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public String toString() {
        return name();
    }

    @Override
    public void constant(double[] out, int at, int n, double value) {
        Arrays.fill(out, at, at + n, value);
    }

    @Override
    public void constant(float[] out, int at, int n, double value) {
        Arrays.fill(out, at, at + n, (float) value);
    }

    @Override
    public void divScale(double[] out, int at, int n, long y0, int direction, double q, double r, double c,
            double m) {
        for (int i = 0; i < n; i++) {
            out[at + i] = Formulas.divScale(y0 + (long) direction * i, q, r, c, m);
        }
    }

    @Override
    public void divScale(float[] out, int at, int n, long y0, int direction, double q, double r, double c,
            double m) {
        for (int i = 0; i < n; i++) {
            out[at + i] = (float) Formulas.divScale(y0 + (long) direction * i, q, r, c, m);
        }
    }

    @Override
    public void mulDiv(double[] out, int at, int n, long y0, double a, double b, double c) {
        for (int i = 0; i < n; i++) {
            out[at + i] = Formulas.mulDiv(y0 + i, a, b, c);
        }
    }

    @Override
    public void mulDiv(float[] out, int at, int n, long y0, double a, double b, double c) {
        for (int i = 0; i < n; i++) {
            out[at + i] = (float) Formulas.mulDiv(y0 + i, a, b, c);
        }
    }

    @Override
    public void cosine(double[] out, int at, int n, long y0, double length, double r, double c, double m) {
        for (int i = 0; i < n; i++) {
            out[at + i] = Formulas.cosine(y0 + i, length, r, c, m);
        }
    }

    @Override
    public void cosine(float[] out, int at, int n, long y0, double length, double r, double c, double m) {
        for (int i = 0; i < n; i++) {
            out[at + i] = (float) Formulas.cosine(y0 + i, length, r, c, m);
        }
    }

    @Override
    public void mxnetCosine(double[] out, int at, int n, long y0, double length, double r, double c) {
        for (int i = 0; i < n; i++) {
            out[at + i] = Formulas.mxnetCosine(y0 + i, length, r, c);
        }
    }

    @Override
    public void mxnetCosine(float[] out, int at, int n, long y0, double length, double r, double c) {
        for (int i = 0; i < n; i++) {
            out[at + i] = (float) Formulas.mxnetCosine(y0 + i, length, r, c);
        }
    }

    @Override
    public void poly(double[] out, int at, int n, long y0, double length, double power, double r, double c) {
        for (int i = 0; i < n; i++) {
            out[at + i] = Formulas.poly(y0 + i, length, power, r, c);
        }
    }

    @Override
    public void poly(float[] out, int at, int n, long y0, double length, double power, double r, double c) {
        for (int i = 0; i < n; i++) {
            out[at + i] = (float) Formulas.poly(y0 + i, length, power, r, c);
        }
    }
}
