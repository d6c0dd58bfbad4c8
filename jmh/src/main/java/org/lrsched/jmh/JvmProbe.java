package org.lrsched.jmh;

import java.lang.management.ManagementFactory;
import org.lrsched.simd.VectorKernel;
import org.lrsched.table.Kernel;
import org.lrsched.table.Kernels;

/**
 * Prints, as {@code key=value} lines, what a JVM started with given flags offers the benchmarks: its version and
 * the vector species our kernel gets there. {@code lrsched bench} runs it with each JDK and flag set before the
 * suite and stores the answer beside the results.
 */
public final class JvmProbe {
    private JvmProbe() {}

    public static void main(String[] args) {
        for (String key : new String[] {"java.home", "java.version", "java.vendor", "java.vendor.version",
                "java.runtime.version", "java.vm.name", "java.vm.version", "os.name", "os.arch", "os.version"}) {
            System.out.println(key + "=" + System.getProperty(key, ""));
        }
        System.out.println("jvm.flags=" + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        Kernel kernel = Kernels.preferred();
        System.out.println("kernel=" + kernel);
        // 0 when the JVM falls back to the scalar kernel (no incubator module)
        System.out.println("vector.bits=" + (kernel.name().equals("vector") ? VectorKernel.bits() : 0));
    }
}
