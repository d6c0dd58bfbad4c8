package org.lrsched.jmh;

import java.util.concurrent.TimeUnit;
import org.lrsched.Schedule;
import org.lrsched.table.Kernel;
import org.lrsched.table.Kernels;
import org.lrsched.table.Tables;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** One op = one whole table of {@code steps} steps; compare with {@link RooflineBenchmark} of the same size. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class FillBenchmark {

    @Param({"slanted_triangular", "cosine_annealing", "warmup_multifactor", "cooldown_multifactor", "one_cycle",
            "cyclical_triangular", "sgdr", "flax_triangular", "warmup_cosine_full", "optax_exponential"})
    String schedule;

    @Param({"reference", "scalar", "vector"})
    String kernel;

    @Param({"float", "double"})
    String precision;

    @Param({"4096", "10000000"})
    int steps;

    Schedule table;
    Kernel chosen;
    double[] doubles;
    float[] floats;

    @Setup
    public void setUp() {
        table = Workloads.schedule(schedule, steps);
        chosen = Kernels.named(kernel);
        if (precision.equals("double")) {
            doubles = new double[steps];
        } else {
            floats = new float[steps];
        }
        fill();
        TableCheck.check(table, doubles, floats, steps);
        System.out.println("# kernel: " + chosen + ", schedule: " + table);
    }

    @Benchmark
    public Object fill() {
        if (doubles != null) {
            Tables.fill(table, 0, doubles, 0, steps, chosen);
            return doubles;
        }
        Tables.fill(table, 0, floats, 0, steps, chosen);
        return floats;
    }
}
