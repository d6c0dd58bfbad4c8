package org.lrsched.plan;

/** A schedule that can describe a range of its steps as pieces, instead of being evaluated step by step. */
public interface Planned {

    /** Emits pieces covering steps {@code [first, first + count)} in order, {@code count >= 0}. */
    void plan(long first, long count, PieceSink sink);
}
