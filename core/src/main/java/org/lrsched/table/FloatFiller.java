package org.lrsched.table;

import org.lrsched.Schedule;
import org.lrsched.plan.PieceSink;

/** Writes a plan's pieces one after another into a float array (each value rounded to float) through a kernel. */
final class FloatFiller implements PieceSink {
    private final Kernel kernel;
    private final float[] out;
    private int at;

    FloatFiller(Kernel kernel, float[] out, int offset) {
        this.kernel = kernel;
        this.out = out;
        this.at = offset;
    }

    @Override
    public void constant(long count, double value) {
        kernel.constant(out, at, (int) count, value);
        at += (int) count;
    }

    @Override
    public void divScale(long count, long y0, int direction, double q, double r, double c, double m) {
        kernel.divScale(out, at, (int) count, y0, direction, q, r, c, m);
        at += (int) count;
    }

    @Override
    public void mulDiv(long count, long y0, double a, double b, double c) {
        kernel.mulDiv(out, at, (int) count, y0, a, b, c);
        at += (int) count;
    }

    @Override
    public void cosine(long count, long y0, double length, double r, double c, double m) {
        kernel.cosine(out, at, (int) count, y0, length, r, c, m);
        at += (int) count;
    }

    @Override
    public void mxnetCosine(long count, long y0, double length, double r, double c) {
        kernel.mxnetCosine(out, at, (int) count, y0, length, r, c);
        at += (int) count;
    }

    @Override
    public void poly(long count, long y0, double length, double power, double r, double c) {
        kernel.poly(out, at, (int) count, y0, length, power, r, c);
        at += (int) count;
    }

    @Override
    public void perStep(long count, Schedule schedule, long firstStep) {
        for (int i = 0; i < count; i++) {
            out[at + i] = (float) schedule.at(firstStep + i);
        }
        at += (int) count;
    }
}
