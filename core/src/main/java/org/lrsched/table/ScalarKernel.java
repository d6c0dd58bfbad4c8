package org.lrsched.table;

import org.lrsched.formula.Formula;
import org.lrsched.formula.Out;

/** The plain-Java kernel: each formula's own scalar loop, bit-identical to {@code Schedule.at}. */
public final class ScalarKernel implements Kernel {
    /** The scalar kernel. */
    public static final ScalarKernel INSTANCE = new ScalarKernel();

    private ScalarKernel() {}

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public String toString() {
        return name();
    }

    @Override
    public void fill(Out out, int at, int n, long y0, int direction, Formula formula) {
        formula.fill(out, at, n, y0, direction);
    }
}
