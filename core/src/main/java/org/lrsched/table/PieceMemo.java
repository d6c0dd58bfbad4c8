package org.lrsched.table;

/**
 * The last few computed pieces of one fill and where they were written. A piece equal to one of them (same
 * formula, parameters, start of its variable, and count) has the same values, so it can be copied instead of
 * computed: every cycle after the first of a cyclical schedule with constant length and magnitude, every Flax
 * cycle. Kernels are pure functions of a piece, so the copy is bit-identical to recomputing it.
 */
final class PieceMemo {
    private static final int SIZE = 4;

    private final int[] kind = new int[SIZE];
    private final long[] y0 = new long[SIZE];
    private final long[] count = new long[SIZE];
    private final long[][] params = new long[SIZE][5];
    private final int[] position = new int[SIZE];
    private int used;
    private int next;

    /** Where an equal piece was written, or -1. */
    int find(int kindOf, long start, long n, double a, double b, double c, double d, double e) {
        for (int i = 0; i < used; i++) {
            long[] p = params[i];
            if (kind[i] == kindOf && y0[i] == start && count[i] == n && p[0] == bits(a) && p[1] == bits(b)
                    && p[2] == bits(c) && p[3] == bits(d) && p[4] == bits(e)) {
                return position[i];
            }
        }
        return -1;
    }

    void remember(int kindOf, long start, long n, double a, double b, double c, double d, double e, int at) {
        int i = next;
        next = (next + 1) % SIZE;
        used = Math.max(used, next == 0 ? SIZE : next);
        kind[i] = kindOf;
        y0[i] = start;
        count[i] = n;
        params[i][0] = bits(a);
        params[i][1] = bits(b);
        params[i][2] = bits(c);
        params[i][3] = bits(d);
        params[i][4] = bits(e);
        position[i] = at;
    }

    private static long bits(double x) {
        return Double.doubleToRawLongBits(x);
    }
}
