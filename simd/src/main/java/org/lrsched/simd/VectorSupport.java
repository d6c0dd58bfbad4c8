package org.lrsched.simd;

import java.lang.management.ManagementFactory;
import java.util.Optional;
import com.sun.management.HotSpotDiagnosticMXBean;

/**
 * Whether the vector kernel can run well in this JVM, asked before it is loaded (this class touches no Vector API
 * type, so it loads without the incubator module). As Lucene's provider does, it refuses where vectors would be
 * slower than the scalar kernel or would not work: the module not added, no C2 compiler to intrinsify them,
 * vectors of fewer than two doubles. The test-only species size property is honoured in tests only.
 */
public final class VectorSupport {
    /** Forces 128-, 256- or 512-bit vectors, together with {@link #TESTING}: surefire runs with each. */
    static final String BITS = "lrsched.simd.bits";
    static final String TESTING = "lrsched.testing";

    private VectorSupport() {}

    /**
     * Why the vector kernel should not be used here, with what to do about it; core's provider calls this by name.
     *
     * @return the reason, or null when the vector kernel can run well
     */
    public static String refusal() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return "the Java vector incubator module is not readable; pass '--add-modules jdk.incubator.vector' to"
                    + " java for faster tables";
        }
        Optional<String> compiler = compilerRefusal();
        if (compiler.isPresent()) {
            return compiler.get();
        }
        int lanes = Lanes.preferred();
        if (lanes < 2) {
            return "vectors here hold " + lanes + " double (-XX:MaxVectorSize too small?): the scalar kernel is"
                    + " faster";
        }
        return null;
    }

    /** The test-only forced size in bits, or null: ignored (with a warning) outside tests. */
    static Integer forcedBits() {
        String bits = System.getProperty(BITS);
        if (bits == null) {
            return null;
        }
        if (!Boolean.getBoolean(TESTING)) {
            System.getLogger(VectorSupport.class.getName()).log(System.Logger.Level.WARNING,
                    "-D" + BITS + " is for lrsched's own tests and is ignored here");
            return null;
        }
        return Integer.parseInt(bits);
    }

    /** C2 is what turns Vector API calls into vector instructions; interpreted or C1-only they are very slow. */
    private static Optional<String> compilerRefusal() {
        if (System.getProperty("java.vm.info", "").contains("interpreted")) {
            return Optional.of("the JVM runs interpreted (-Xint): vectors would be slower than the scalar kernel");
        }
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (vm == null) {
                return Optional.empty();
            }
            boolean tiered = Boolean.parseBoolean(vm.getVMOption("TieredCompilation").getValue());
            int stopAt = Integer.parseInt(vm.getVMOption("TieredStopAtLevel").getValue());
            if (tiered && stopAt < 4) {
                return Optional.of("C2 is off (-XX:TieredStopAtLevel=" + stopAt + "): vectors would be slower than"
                        + " the scalar kernel");
            }
            return Optional.empty();
        } catch (RuntimeException | LinkageError notHotSpot) {
            return Optional.empty();
        }
    }

    /** Kept apart so that {@link VectorSupport} itself never loads a Vector API class. */
    private static final class Lanes {
        static int preferred() {
            return jdk.incubator.vector.DoubleVector.SPECIES_PREFERRED.length();
        }
    }
}
