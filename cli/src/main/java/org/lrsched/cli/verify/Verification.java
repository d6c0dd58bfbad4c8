package org.lrsched.cli.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lrsched.Schedule;
import org.lrsched.cli.io.Progress;
import org.lrsched.cli.table.Chunks;
import org.lrsched.cli.table.Precision;
import org.lrsched.cli.table.StepRange;
import org.lrsched.cli.table.Steps;
import org.lrsched.contract.Contract;
import org.lrsched.table.Kernel;
import org.lrsched.table.Kernels;

/**
 * Every kernel's double and float tables of a range against the schedule's {@code at}, step by step under the
 * contract of each chunk's plan, a chunk at a time (memory stays bounded for any count); then, for a cyclical
 * schedule, {@code at} against the tutorial's loop. {@code contract} is the widest of the chunks'.
 */
public record Verification(Schedule schedule, StepRange range, Contract contract, List<ErrorTally> tallies,
        Optional<String> cycles, Optional<LoopOracle.Outcome> loop) {

    public static Verification run(Schedule schedule, StepRange range, List<Kernel> kernels, Progress progress) {
        List<ErrorTally> tallies = new ArrayList<>();
        for (Kernel kernel : kernels) {
            tallies.add(new ErrorTally(kernel, Precision.DOUBLE));
            tallies.add(new ErrorTally(kernel, Precision.FLOAT));
        }
        Contract contract = checkKernels(schedule, range, tallies, progress);
        return new Verification(schedule, range, contract, tallies, CyclesCrossed.describe(schedule, range),
                LoopOracle.check(schedule, range));
    }

    public boolean passed() {
        return tallies.stream().allMatch(ErrorTally::passed) && loop.map(LoopOracle.Outcome::passed).orElse(true);
    }

    /**
     * Checks every chunk under its own contract; returns the widest. The chunks are the reference kernel's (at()
     * per step: what the others owe); each kernel fills the same steps beside them.
     */
    private static Contract checkKernels(Schedule schedule, StepRange range, List<ErrorTally> tallies,
            Progress progress) {
        Contract[] widest = {null}; // set by the chunks' callback
        int size = (int) Math.min(range.count(), Chunks.SIZE);
        double[] doubles = new double[size];
        float[] floats = new float[size];
        Chunks.doubles(schedule, range, Kernels.REFERENCE, (first, want, n) -> {
            Contract contract = Steps.contract(schedule, first, n);
            widest[0] = widest[0] == null ? contract : widest[0].and(contract);
            for (ErrorTally tally : tallies) {
                if (tally.precision == Precision.DOUBLE) {
                    Steps.fill(schedule, first, doubles, n, tally.kernel);
                    double bound = contract.doubleBound();
                    for (int i = 0; i < n; i++) {
                        tally.add(first + i, doubles[i], want[i], Math.ulp(want[i]), bound);
                    }
                } else {
                    Steps.fill(schedule, first, floats, n, tally.kernel);
                    for (int i = 0; i < n; i++) {
                        float rounded = (float) want[i];
                        tally.add(first + i, floats[i], rounded, Math.ulp(rounded), contract.floatBound(rounded));
                    }
                }
            }
            progress.advance(first + n - range.from());
        });
        return widest[0];
    }
}
