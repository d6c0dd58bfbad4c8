package org.lrsched.schedule;

import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;

/** The parameters several MXNet schedulers declare alike. */
final class MxnetParams {
    /** Every MXNet scheduler's {@code base_lr}, which its warm-up ramps towards. */
    static final Param<Double> BASE_LR = Param.of("base_lr", Kinds.REAL, "the rate after the warm-up").orElse(0.01);
    /** The decay factor of MXNet's Factor and MultiFactor schedulers. */
    static final Param<Double> FACTOR = Param.of("factor", Kinds.REAL, "the decay, applied by repeated"
            + " multiplication").rule("> 0", f -> f > 0).rule("<= 1 (a decay)", f -> f <= 1).orElse(1.0);

    private MxnetParams() {}
}
