package org.lrsched.table;

import java.lang.System.Logger.Level;
import java.util.Locale;

/**
 * Picks the kernel once: the Vector API kernel from the {@code lrsched-simd} module when it is on the class
 * path and {@code jdk.incubator.vector} is available, else the scalar kernel. {@code -Dlrsched.kernel=
 * reference|scalar|vector} forces a choice ({@code reference} evaluates {@code at} per step).
 */
public final class Kernels {
    public static final String PROPERTY = "lrsched.kernel";
    static final String VECTOR_CLASS = "org.lrsched.simd.VectorKernel";

    /** Per-step {@code Schedule.at}: the reference that the other kernels are checked against. */
    public static final Kernel REFERENCE = new ScalarKernel() {
        @Override
        public String name() {
            return "reference";
        }
    };

    private static final System.Logger LOG = System.getLogger(Kernels.class.getName());

    private Kernels() {}

    /** The kernel chosen for this JVM, decided and logged on first use. */
    public static Kernel preferred() {
        return Holder.PREFERRED;
    }

    /** A kernel by name: {@code reference}, {@code scalar} or {@code vector}. */
    public static Kernel named(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "reference":
                return REFERENCE;
            case "scalar":
                return ScalarKernel.INSTANCE;
            case "vector":
                Kernel vector = vectorOrNull();
                if (vector == null) {
                    throw new IllegalStateException("the vector kernel is not available: put lrsched-simd on the"
                            + " class path and pass '--add-modules jdk.incubator.vector' to java");
                }
                return vector;
            default:
                throw new IllegalArgumentException("unknown kernel '" + name + "'; kernels: reference, scalar, vector");
        }
    }

    /** The vector kernel, or null (with one WARNING naming the fix) when it cannot be loaded. */
    static Kernel vectorOrNull() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            LOG.log(Level.WARNING, "Java vector incubator module is not readable: using the scalar kernel."
                    + " For faster tables pass '--add-modules jdk.incubator.vector' to java");
            return null;
        }
        try {
            return (Kernel) Class.forName(VECTOR_CLASS).getField("INSTANCE").get(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            LOG.log(Level.WARNING, "lrsched-simd is not on the class path (" + e + "): using the scalar kernel");
            return null;
        }
    }

    private static final class Holder {
        static final Kernel PREFERRED = choose();

        private static Kernel choose() {
            String forced = System.getProperty(PROPERTY);
            Kernel kernel;
            if (forced != null) {
                kernel = named(forced);
            } else {
                Kernel vector = vectorOrNull();
                kernel = vector != null ? vector : ScalarKernel.INSTANCE;
            }
            LOG.log(Level.INFO, "lrsched kernel: " + kernel + (forced != null ? " (forced by -D" + PROPERTY + ")" : ""));
            return kernel;
        }
    }
}
