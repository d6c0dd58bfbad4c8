package org.lrsched.table;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lrsched.Schedule;
import org.lrsched.testing.KernelCases;
import org.lrsched.testing.KernelContract;
import org.lrsched.types.Presets;
import org.lrsched.types.ScheduleTypes;
import org.lrsched.spec.SpecText;

/** The scalar kernel's tables against per-step {@code at}: bit-identical for every schedule type and range. */
public class ScalarKernelTest {


    static Stream<String> specs() {
        List<String> all = new ArrayList<>(KernelCases.SPECS);
        all.addAll(Presets.all().values());
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("specs")
    void everyRangeIsBitIdenticalToAt(String spec) {
        Schedule schedule = ScheduleTypes.build(SpecText.parse(spec));
        for (long first : KernelCases.firsts()) {
            for (int length : new int[] {0, 1, 2, 3, 5, 17, 31, 64, 127, 1009}) {
                KernelContract.check(schedule, first, length, ScalarKernel.INSTANCE, true);
            }
        }
        KernelContract.check(schedule, 0, 100_000, ScalarKernel.INSTANCE, true);
    }

    @Test
    void referenceKernelIsPerStepAt() {
        KernelContract.check(Presets.get("sgdr"), 0, 5000, Kernels.REFERENCE, true);
    }
}
