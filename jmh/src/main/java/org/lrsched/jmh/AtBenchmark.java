package org.lrsched.jmh;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.lrsched.schedule.CyclicalLoop;
import org.lrsched.schedule.CyclicalSchedule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Random access {@code at(step)} of cyclical schedules with the exact closed-form cycle lookup, at steps drawn
 * from {@code [step, 2*step)} so that neither the cycle nor the branch is the same every call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class AtBenchmark {
    static final int STEPS = 1024;

    @Param
    CycleCase schedule;

    @Param({"1000", "1000000", "1000000000", "1000000000000", "4611686018427387904"})
    long step;

    CyclicalSchedule cyclical;
    long[] steps;
    int next;

    @Setup
    public void setUp() {
        cyclical = schedule.schedule();
        steps = AtSteps.around(step, STEPS, new SplittableRandom(7));
        System.out.println("# " + schedule + ": " + AtSteps.checkAgainstLoop(cyclical, steps));
    }

    @Benchmark
    public double at() {
        long s = steps[next];
        next = (next + 1) & (STEPS - 1);
        return cyclical.at(s);
    }

    /** The tutorial's O(cycles) loop, at the steps where it finishes in reasonable time. */
    @State(Scope.Thread)
    public static class Loop {
        @Param
        CycleCase schedule;

        @Param({"1000", "1000000", "1000000000"})
        long step;

        CyclicalSchedule cyclical;
        long[] steps;
        int next;

        @Setup
        public void setUp() {
            cyclical = schedule.schedule();
            steps = AtSteps.around(step, STEPS, new SplittableRandom(7));
        }
    }

    @Benchmark
    public double loop(Loop state) {
        long s = state.steps[state.next];
        state.next = (state.next + 1) & (STEPS - 1);
        return CyclicalLoop.at(state.cyclical, s);
    }
}
