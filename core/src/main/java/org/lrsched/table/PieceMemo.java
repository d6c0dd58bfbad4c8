package org.lrsched.table;

import org.lrsched.formula.Formula;

/**
 * The last few computed pieces of one fill and where they were written. A piece equal to one of them (equal
 * formula, start and direction of its variable, and count) has the same values, so it can be copied instead of
 * computed: every cycle after the first of a cyclical schedule with constant length and magnitude, every Flax
 * cycle. Kernels are pure functions of a piece, so the copy is bit-identical to recomputing it.
 */
final class PieceMemo {
    private static final int SIZE = 4;

    private record Entry(Formula formula, long y0, int direction, long count, int position) {
        boolean matches(Formula f, long start, int dir, long n) {
            return y0 == start && direction == dir && count == n && formula.equals(f);
        }
    }

    private final Entry[] entries = new Entry[SIZE];
    private int next;

    /** Where an equal piece was written, or -1. */
    int find(Formula formula, long y0, int direction, long count) {
        for (Entry e : entries) {
            if (e != null && e.matches(formula, y0, direction, count)) {
                return e.position;
            }
        }
        return -1;
    }

    void remember(Formula formula, long y0, int direction, long count, int position) {
        entries[next] = new Entry(formula, y0, direction, count, position);
        next = (next + 1) % SIZE;
    }
}
