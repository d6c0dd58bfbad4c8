package org.lrsched.peers.torch;

import org.lrsched.Schedule;
import org.lrsched.plan.Planned;

/** Equality, hashing and printing through the schedule's spec, so that parse(print(s)) equals s. */
abstract class TorchSchedule implements Schedule, Planned {

    @Override
    public final boolean equals(Object o) {
        return o instanceof Schedule && o.getClass() == getClass() && spec().equals(((Schedule) o).spec());
    }

    @Override
    public final int hashCode() {
        return spec().hashCode();
    }

    @Override
    public final String toString() {
        return spec().toString();
    }
}
