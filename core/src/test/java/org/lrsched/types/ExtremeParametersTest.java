package org.lrsched.types;

import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lrsched.table.ScalarKernel;
import org.lrsched.testing.ExtremeParameters;

/** Every type's parameters at the edges: refused in one line, or finite tables equal to at (scalar kernel). */
class ExtremeParametersTest {

    static Stream<ExtremeParameters.Case> cases() {
        return ExtremeParameters.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void refusedOrFiniteAndEqualToAt(ExtremeParameters.Case c) {
        ExtremeParameters.check(c, ScalarKernel.INSTANCE);
    }
}
