package org.lrsched.simd;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lrsched.table.Kernels;

/** With the incubator module added (as this test run does), the provider picks the vector kernel. */
class ProviderTest {

    @Test
    void vectorKernelIsChosen() {
        assertThat(ModuleLayer.boot().findModule("jdk.incubator.vector")).isPresent();
        assertThat(Kernels.preferred()).isSameAs(VectorKernel.INSTANCE);
        assertThat(Kernels.named("vector")).isSameAs(VectorKernel.INSTANCE);
    }
}
