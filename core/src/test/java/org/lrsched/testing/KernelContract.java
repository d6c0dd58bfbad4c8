package org.lrsched.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.lrsched.Schedule;
import org.lrsched.contract.Contract;
import org.lrsched.table.Kernel;
import org.lrsched.table.Tables;

/**
 * A kernel's tables of a range against per-step {@code at}, under the range's {@link Contract} (or bit identity,
 * where the test asks for it: the scalar kernel owes it everywhere), with nothing written outside the range.
 */
public final class KernelContract {
    private KernelContract() {}

    /** Checks {@code length} steps from {@code first} under the range's contract. */
    public static void check(Schedule schedule, long first, int length, Kernel kernel) {
        check(schedule, first, length, kernel, false);
    }

    /** Checks {@code length} steps from {@code first}; {@code bitIdentical}: whatever the contract allows. */
    public static void check(Schedule schedule, long first, int length, Kernel kernel, boolean bitIdentical) {
        double[] expected = new double[length];
        for (int i = 0; i < length; i++) {
            expected[i] = schedule.at(first + i);
        }
        Contract contract = Contract.of(schedule, first, length);

        int offset = 3;
        double[] doubles = new double[length + 2 * offset];
        Tables.fill(schedule, first, doubles, offset, length, kernel);
        float[] floats = new float[length + 2 * offset];
        Tables.fill(schedule, first, floats, offset, length, kernel);
        for (int i = 0; i < length; i++) {
            double got = doubles[offset + i];
            boolean ok = bitIdentical ? Double.doubleToRawLongBits(got) == Double.doubleToRawLongBits(expected[i])
                    : contract.holds(expected[i], got);
            if (!ok) {
                assertThat(got).as("%s, %s kernel, double at step %d (%s)", schedule, kernel, first + i, contract)
                        .isEqualTo(expected[i]);
            }
            float want = (float) expected[i];
            float gotF = floats[offset + i];
            boolean okF = bitIdentical ? Float.floatToRawIntBits(gotF) == Float.floatToRawIntBits(want)
                    : contract.holds(want, gotF);
            if (!okF) {
                assertThat(gotF).as("%s, %s kernel, float at step %d (%s)", schedule, kernel, first + i, contract)
                        .isEqualTo(want);
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
