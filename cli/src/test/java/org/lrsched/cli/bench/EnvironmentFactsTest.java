package org.lrsched.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The machine and JDK names results are stored under. */
class EnvironmentFactsTest {

    @Test
    void cpuNameFlagsAndSlugFromTheFirstProcessor() {
        String cpuinfo = "processor\t: 0\nvendor_id\t: GenuineIntel\ncpu family\t: 6\nmodel\t\t: 167\n"
                + "model name\t: Intel(R) Xeon(R) Processor\nstepping\t: 1\nflags\t\t: fpu sse sse2 avx avx2 avx512f"
                + " avx512dq fma\n\nprocessor\t: 1\nmodel name\t: something else\n";

        CpuFacts cpu = CpuFacts.parse(cpuinfo);

        assertThat(cpu.model()).isEqualTo("Intel(R) Xeon(R) Processor");
        assertThat(cpu.logicalCpus()).isEqualTo(2);
        assertThat(cpu.vectorFlags()).containsExactly("sse", "sse2", "avx", "avx2", "avx512f", "avx512dq", "fma");
        assertThat(cpu.slug()).isEqualTo("intel-xeon-processor-avx512");
    }

    @Test
    void anAvx2MachineAndAnUnreadableCpuinfo() {
        assertThat(CpuFacts.parse("processor : 0\nmodel name : AMD Ryzen 7 5800X 8-Core Processor\nflags : sse avx avx2\n")
                .slug()).isEqualTo("amd-ryzen-7-5800x-8-core-processor-avx2");
        assertThat(CpuFacts.parse("").slug()).isEqualTo("unknown-cpu");
    }

    @Test
    void jdkSlugFromItsDistributionAndVersion() {
        JvmFacts temurin = JvmFacts.parse("java.version=25.0.3\njava.vendor=Eclipse Adoptium\n"
                + "java.vendor.version=Temurin-25.0.3+9\nkernel=vector (256-bit, 4 doubles per vector)\n"
                + "vector.bits=256\n");
        JvmFacts debian = JvmFacts.parse("WARNING: ignored\njava.version=17.0.15\njava.vendor=Debian\n"
                + "java.vendor.version=\nvector.bits=0\n");

        assertThat(temurin.slug()).isEqualTo("temurin-25.0.3");
        assertThat(temurin.vectorBits()).isEqualTo(256);
        assertThat(debian.slug()).isEqualTo("debian-17.0.15");
        assertThat(debian.vectorBits()).isZero();
    }
}
