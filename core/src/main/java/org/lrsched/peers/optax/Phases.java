package org.lrsched.peers.optax;

import org.lrsched.Schedule;
import org.lrsched.formula.Formula;
import org.lrsched.plan.PieceSink;
import org.lrsched.plan.Plans;

/**
 * Writes a schedule's phases, given in order from step 0, into a sink as the parts that fall inside the planned
 * range: each call covers the steps from where the last one stopped to the phase's end (exclusive), cut to the
 * range. Phase ends past every step are written {@link Long#MAX_VALUE} ({@link #end}).
 */
final class Phases {
    private final PieceSink sink;
    private final long end;
    private long s;

    Phases(long first, long count, PieceSink sink) {
        this.sink = sink;
        this.s = first;
        this.end = first + count;
    }

    /** {@code a + b} for {@code a, b >= 0}, or {@link Long#MAX_VALUE} where the sum is past it. */
    static long end(long a, long b) {
        return a > Long.MAX_VALUE - b ? Long.MAX_VALUE : a + b;
    }

    /** The steps of the range still to write before {@code until}. */
    private long before(long until) {
        return Math.min(until, end) - s;
    }

    /** {@code value} until step {@code until}. */
    void constant(long until, double value) {
        long n = before(until);
        if (n > 0) {
            sink.constant(n, value);
            s += n;
        }
    }

    /** {@code formula} at {@code y = step - origin} until step {@code until}. */
    void piece(long until, long origin, Formula formula) {
        long n = before(until);
        if (n > 0) {
            sink.piece(n, s - origin, 1, formula);
            s += n;
        }
    }

    /** {@code schedule}'s own plan at {@code step - origin} until step {@code until}. */
    void schedule(long until, long origin, Schedule schedule) {
        long n = before(until);
        if (n > 0) {
            Plans.plan(schedule, s - origin, n, sink);
            s += n;
        }
    }

    /** The range's first step not written yet. */
    long next() {
        return s;
    }

    /** True when the whole range is written. */
    boolean done() {
        return s >= end;
    }
}
