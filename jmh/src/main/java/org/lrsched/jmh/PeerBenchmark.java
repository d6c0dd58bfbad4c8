package org.lrsched.jmh;

import ai.djl.training.tracker.Tracker;
import java.util.concurrent.TimeUnit;
import org.lrsched.Schedule;
import org.nd4j.linalg.schedule.ISchedule;
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
 * The peers filling {@link FillBenchmark}'s tables the way their users do, one call per step into an array; one
 * op = one table. Compare with {@code FillBenchmark.fill} (kernel=vector) of the same schedule, precision and
 * steps in the same run. DJL's trackers return floats, so DJL fills float tables only. ND4J has no cosine: its
 * warmup_cosine_full is the closest shape (see {@link Nd4jSchedules}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class PeerBenchmark {

    @State(Scope.Thread)
    public static class Djl {
        @Param({"warmup_cosine_full", "cyclical_triangular", "warmup_multifactor"})
        String schedule;

        @Param({"4096", "10000000"})
        int steps;

        float[] floats;

        @Setup
        public void setUp() {
            floats = DjlTrackers.fill(DjlTrackers.fresh(schedule, steps), new float[steps]);
            Schedule ours = Workloads.schedule(schedule, steps);
            System.out.println("# " + PeerCheck.djl(schedule, ours, floats));
        }
    }

    @State(Scope.Thread)
    public static class Nd4j {
        @Param({"warmup_cosine_full", "cyclical_triangular", "warmup_multifactor"})
        String schedule;

        @Param({"float", "double"})
        String precision;

        @Param({"4096", "10000000"})
        int steps;

        ISchedule peer;
        double[] doubles;
        float[] floats;

        @Setup
        public void setUp() {
            peer = Nd4jSchedules.of(schedule, steps);
            if (precision.equals("double")) {
                doubles = Nd4jSchedules.fill(peer, new double[steps]);
            } else {
                floats = Nd4jSchedules.fill(peer, new float[steps]);
            }
            Schedule ours = Workloads.schedule(schedule, steps);
            System.out.println("# " + PeerCheck.nd4j(schedule, ours, doubles, floats));
        }
    }

    /** A fresh tracker per table: DJL's MultiFactorTracker only moves forward, and a user builds one per run. */
    @Benchmark
    public float[] djl(Djl state) {
        Tracker tracker = DjlTrackers.fresh(state.schedule, state.steps);
        return DjlTrackers.fill(tracker, state.floats);
    }

    @Benchmark
    public Object nd4j(Nd4j state) {
        if (state.doubles != null) {
            return Nd4jSchedules.fill(state.peer, state.doubles);
        }
        return Nd4jSchedules.fill(state.peer, state.floats);
    }
}
