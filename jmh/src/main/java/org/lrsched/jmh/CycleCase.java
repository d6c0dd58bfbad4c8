package org.lrsched.jmh;

import org.lrsched.schedule.CycleLength;
import org.lrsched.schedule.CyclicalSchedule;
import org.lrsched.schedule.TriangularShape;
import org.lrsched.types.Presets;

/** The cyclical schedules the random-access benchmarks use: the cyclical presets and (L0, decay) pairs. */
public enum CycleCase {
    sgdr, cyclical_triangular, l250_d2(250, 2), l500_d1(500, 1), l10_d1_01(10, 1.01), l1_d1_0000001(1, 1.0000001),
    l1_d1_0000005(1, 1.0000005);

    private final long firstLength;
    private final double decay;

    CycleCase() {
        this(0, 0);
    }

    CycleCase(long firstLength, double decay) {
        this.firstLength = firstLength;
        this.decay = decay;
    }

    CyclicalSchedule schedule() {
        if (firstLength == 0) {
            return (CyclicalSchedule) Presets.get(name());
        }
        return new CyclicalSchedule(new TriangularShape(0.5, 2, 0.5), CycleLength.of(firstLength),
                decay, 1);
    }
}
