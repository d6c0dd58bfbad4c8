package org.lrsched.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.lrsched.Schedule;
import org.lrsched.spec.LargestRate;

/**
 * DESIGN.md's equivalence contract for a kernel's tables against per-step {@code at}: doubles bit-identical,
 * or within 2^-50 x the schedule's largest |lr| ({@link LargestRate}) where the kernel computes cos or pow its own
 * way; floats equal to the reference rounded to float, or within one float ulp there (or the double bound, for
 * values far below max|lr|).
 * Where max|lr| is subnormal the double bound is never below one unit of the smallest double: no rounding is finer.
 */
public final class KernelContract {
    private KernelContract() {}

    /** Checks {@code length} steps from {@code first}; {@code exact}: bit identity is required. */
    public static void check(Schedule schedule, long first, int length, Kernel kernel, boolean exact) {
        double[] expected = new double[length];
        for (int i = 0; i < length; i++) {
            expected[i] = schedule.at(first + i);
        }
        double scale = new LargestRate(schedule.spec()).upTo(first + Math.max(length - 1, 0));
        double bound = exact ? 0 : Math.max(Math.scalb(scale, -50), Double.MIN_VALUE);

        int offset = 3;
        double[] doubles = new double[length + 2 * offset];
        Tables.fill(schedule, first, doubles, offset, length, kernel);
        float[] floats = new float[length + 2 * offset];
        Tables.fill(schedule, first, floats, offset, length, kernel);
        for (int i = 0; i < length; i++) {
            double got = doubles[offset + i];
            if (exact ? Double.doubleToRawLongBits(got) != Double.doubleToRawLongBits(expected[i])
                    : !(Math.abs(got - expected[i]) <= bound)) {
                assertThat(got).as("%s, %s kernel, double at step %d", schedule, kernel, first + i)
                        .isEqualTo(expected[i]);
            }
            float want = (float) expected[i];
            float gotF = floats[offset + i];
            // a cancellation far below max|lr| can move a float more than its ulp; never more than the double bound
            boolean ok = exact ? Float.floatToRawIntBits(gotF) == Float.floatToRawIntBits(want)
                    : Math.abs(gotF - want) <= Math.max(Math.ulp(want), bound);
            if (!ok) {
                assertThat(gotF).as("%s, %s kernel, float at step %d", schedule, kernel, first + i).isEqualTo(want);
            }
        }
        for (int i = 0; i < offset; i++) { // nothing written outside the range
            assertThat(doubles[i]).isZero();
            assertThat(doubles[offset + length + i]).isZero();
            assertThat(floats[i]).isZero();
            assertThat(floats[offset + length + i]).isZero();
        }
    }
}
