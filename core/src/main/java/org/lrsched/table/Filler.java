package org.lrsched.table;

import java.util.function.LongToDoubleFunction;
import org.lrsched.formula.Formula;
import org.lrsched.formula.Out;
import org.lrsched.internal.Overflow;
import org.lrsched.plan.PieceSink;

/**
 * Writes a plan's pieces one after another into a table through a kernel, copying a piece that repeats one
 * already written (see {@link PieceMemo}) instead of computing it again.
 */
final class Filler implements PieceSink {
    /** Shorter pieces are cheaper to compute than to look up. */
    private static final long MEMO_MIN_COUNT = 16;
    /** Values per repeated block: 32 KiB of doubles, within L1 or L2 on current CPUs. */
    private static final long REPEAT_BLOCK = 4096;

    private final Kernel kernel;
    private final Out out;
    /** The step written at index {@code offset}: names the step where a value overflows. */
    private final long firstStep;
    private final int offset;
    private final PieceMemo memo = new PieceMemo();
    private int at;

    Filler(Kernel kernel, Out out, int offset, long firstStep) {
        this.kernel = kernel;
        this.out = out;
        this.offset = offset;
        this.firstStep = firstStep;
        this.at = offset;
    }

    @Override
    public void constant(long count, double value) {
        if (!Double.isFinite(value)) {
            throw Overflow.at(firstStep + (at - offset));
        }
        out.fill(at, at + (int) count, value);
        at += (int) count;
    }

    @Override
    public void piece(long count, long y0, int direction, Formula formula) {
        int n = (int) count;
        boolean memorable = count >= MEMO_MIN_COUNT;
        if (memorable) {
            int from = memo.find(formula, y0, direction, count);
            if (from >= 0) {
                out.copy(from, at, n);
                at += n;
                return;
            }
        }
        checkFinite(formula, y0, direction, n);
        kernel.fill(out, at, n, y0, direction, formula);
        if (memorable) {
            memo.remember(formula, y0, direction, count, at);
        }
        at += n;
    }

    /**
     * A formula's values lie between its end values and its scale; where one of those is not finite, finds the
     * first step whose value overflows and raises there, as {@code at} does. Never an infinite or NaN table.
     */
    private void checkFinite(Formula formula, long y0, int direction, int n) {
        long last = y0 + (long) direction * (n - 1);
        if (Double.isFinite(formula.scale()) && Double.isFinite(formula.value(y0)) && Double.isFinite(formula.value(last))) {
            return;
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(formula.value(y0 + (long) direction * i))) {
                throw Overflow.at(firstStep + (at - offset) + i);
            }
        }
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
            out.copy(start, at, n);
            at += n;
            left -= n;
        }
    }

    @Override
    public void perStep(long count, long step, LongToDoubleFunction values) {
        for (int i = 0; i < count; i++) {
            out.put(at + i, values.applyAsDouble(step + i));
        }
        at += (int) count;
    }
}
