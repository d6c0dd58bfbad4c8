package org.lrsched.table;

import org.lrsched.Schedule;
import org.lrsched.plan.PieceSink;

/**
 * Writes a plan's pieces one after another into a double or a float array through a kernel, copying a piece
 * that repeats one already written (see {@link PieceMemo}) instead of computing it again.
 */
final class Filler implements PieceSink {
    private static final int DIV_SCALE_UP = 1;
    private static final int DIV_SCALE_DOWN = 2;
    private static final int MUL_DIV = 3;
    private static final int COSINE = 4;
    private static final int MXNET_COSINE = 5;
    private static final int POLY = 6;
    /** Shorter pieces are cheaper to compute than to look up. */
    private static final long MEMO_MIN_COUNT = 16;
    /** Values per repeated block: 32 KiB of doubles, within L1 or L2 on current CPUs. */
    private static final long REPEAT_BLOCK = 4096;

    private final Kernel kernel;
    private final double[] doubles;
    private final float[] floats;
    private final PieceMemo memo = new PieceMemo();
    private int at;

    private Filler(Kernel kernel, double[] doubles, float[] floats, int offset) {
        this.kernel = kernel;
        this.doubles = doubles;
        this.floats = floats;
        this.at = offset;
    }

    static Filler of(Kernel kernel, double[] out, int offset) {
        return new Filler(kernel, out, null, offset);
    }

    static Filler of(Kernel kernel, float[] out, int offset) {
        return new Filler(kernel, null, out, offset);
    }

    /** Copies an equal earlier piece if there is one; else remembers this one, to be computed by the caller. */
    private boolean copied(int kind, long y0, long count, double a, double b, double c, double d, double e) {
        if (count < MEMO_MIN_COUNT) {
            return false;
        }
        int from = memo.find(kind, y0, count, a, b, c, d, e);
        if (from < 0) {
            memo.remember(kind, y0, count, a, b, c, d, e, at);
            return false;
        }
        if (doubles != null) {
            System.arraycopy(doubles, from, doubles, at, (int) count);
        } else {
            System.arraycopy(floats, from, floats, at, (int) count);
        }
        at += (int) count;
        return true;
    }

    @Override
    public void constant(long count, double value) {
        if (doubles != null) {
            kernel.constant(doubles, at, (int) count, value);
        } else {
            kernel.constant(floats, at, (int) count, value);
        }
        at += (int) count;
    }

    @Override
    public void divScale(long count, long y0, int direction, double q, double r, double c, double m) {
        if (copied(direction > 0 ? DIV_SCALE_UP : DIV_SCALE_DOWN, y0, count, q, r, c, m, 0)) {
            return;
        }
        if (doubles != null) {
            kernel.divScale(doubles, at, (int) count, y0, direction, q, r, c, m);
        } else {
            kernel.divScale(floats, at, (int) count, y0, direction, q, r, c, m);
        }
        at += (int) count;
    }

    @Override
    public void mulDiv(long count, long y0, double a, double b, double c) {
        if (copied(MUL_DIV, y0, count, a, b, c, 0, 0)) {
            return;
        }
        if (doubles != null) {
            kernel.mulDiv(doubles, at, (int) count, y0, a, b, c);
        } else {
            kernel.mulDiv(floats, at, (int) count, y0, a, b, c);
        }
        at += (int) count;
    }

    @Override
    public void cosine(long count, long y0, double length, double r, double c, double m) {
        if (copied(COSINE, y0, count, length, r, c, m, 0)) {
            return;
        }
        if (doubles != null) {
            kernel.cosine(doubles, at, (int) count, y0, length, r, c, m);
        } else {
            kernel.cosine(floats, at, (int) count, y0, length, r, c, m);
        }
        at += (int) count;
    }

    @Override
    public void mxnetCosine(long count, long y0, double length, double r, double c) {
        if (copied(MXNET_COSINE, y0, count, length, r, c, 0, 0)) {
            return;
        }
        if (doubles != null) {
            kernel.mxnetCosine(doubles, at, (int) count, y0, length, r, c);
        } else {
            kernel.mxnetCosine(floats, at, (int) count, y0, length, r, c);
        }
        at += (int) count;
    }

    @Override
    public void poly(long count, long y0, double length, double power, double r, double c) {
        if (copied(POLY, y0, count, length, power, r, c, 0)) {
            return;
        }
        if (doubles != null) {
            kernel.poly(doubles, at, (int) count, y0, length, power, r, c);
        } else {
            kernel.poly(floats, at, (int) count, y0, length, power, r, c);
        }
        at += (int) count;
    }

    /**
     * Copies whole periods from {@code at - period} on, which are periodic already: in blocks that double up to
     * about {@link #REPEAT_BLOCK} values, then always from that first block, which stays in cache, so the copies
     * cost stores only, not reads from memory as well.
     */
    @Override
    public void repeat(long count, long period) {
        int start = at - (int) period;
        long left = count;
        while (left > 0) {
            long whole = (at - start) / period * period; // a copy keeps its phase only in whole periods
            long block = whole >= REPEAT_BLOCK ? Math.max(period, REPEAT_BLOCK / period * period) : whole;
            int n = (int) Math.min(left, block);
            if (doubles != null) {
                System.arraycopy(doubles, start, doubles, at, n);
            } else {
                System.arraycopy(floats, start, floats, at, n);
            }
            at += n;
            left -= n;
        }
    }

    @Override
    public void perStep(long count, Schedule schedule, long firstStep) {
        for (int i = 0; i < count; i++) {
            double v = schedule.at(firstStep + i);
            if (doubles != null) {
                doubles[at + i] = v;
            } else {
                floats[at + i] = (float) v;
            }
        }
        at += (int) count;
    }
}
