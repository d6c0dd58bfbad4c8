package org.lrsched.jmh;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
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

/** The store limit: {@code Arrays.fill} of an array of the same type and size as a table; one op = one array. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class RooflineBenchmark {

    @Param({"float", "double"})
    String precision;

    @Param({"4096", "10000000"})
    int steps;

    double[] doubles;
    float[] floats;
    double value = 0.1;

    @Setup
    public void setUp() {
        if (precision.equals("double")) {
            doubles = new double[steps];
        } else {
            floats = new float[steps];
        }
        fill();
        check();
    }

    /** Every element holds the value: the store limit is measured on a real fill. */
    private void check() {
        for (int i = 0; i < steps; i++) {
            double stored = doubles != null ? doubles[i] : floats[i];
            if (stored != (doubles != null ? value : (float) value)) {
                throw new IllegalStateException("Arrays.fill left " + stored + " at " + i);
            }
        }
    }

    @Benchmark
    public Object fill() {
        if (doubles != null) {
            Arrays.fill(doubles, value);
            return doubles;
        }
        Arrays.fill(floats, (float) value);
        return floats;
    }
}
