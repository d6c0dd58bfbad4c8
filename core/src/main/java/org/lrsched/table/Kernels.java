package org.lrsched.table;

import java.lang.System.Logger.Level;
import java.lang.reflect.InvocationTargetException;
import java.util.Locale;
import java.util.Optional;
import org.lrsched.formula.Formula;
import org.lrsched.formula.Out;

/**
 * Picks the kernel once: the Vector API kernel of the {@code lrsched-simd} artifact when it is on the class path
 * and can run well here, else the scalar kernel, with one WARNING that says what is missing. {@code
 * -Dlrsched.kernel=reference|scalar|vector} forces a choice ({@code reference} evaluates {@code at} per step).
 */
public final class Kernels {
    /** The system property that forces a kernel: {@code -Dlrsched.kernel=reference|scalar|vector}. */
    public static final String PROPERTY = "lrsched.kernel";
    /** A plain class of lrsched-simd that says whether the vector kernel can run, without loading it. */
    static final String SUPPORT_CLASS = "org.lrsched.simd.VectorSupport";
    static final String VECTOR_CLASS = "org.lrsched.simd.VectorKernel";

    /** Per-step {@code Schedule.at}, which {@link Tables} uses instead of a plan: what the others are checked against. */
    public static final Kernel REFERENCE = new Kernel() {
        @Override
        public String name() {
            return "reference";
        }

        @Override
        public String toString() {
            return name();
        }

        @Override
        public void fill(Out out, int at, int n, long y0, int direction, Formula formula) {
            formula.fill(out, at, n, y0, direction);
        }
    };

    private static final System.Logger LOG = System.getLogger(Kernels.class.getName());

    private Kernels() {}

    /**
     * The kernel chosen for this JVM, decided and logged on first use.
     *
     * @return the vector kernel where it can run, else the scalar kernel; or the one {@link #PROPERTY} forces
     * @throws IllegalStateException if {@code -Dlrsched.kernel} names no kernel, or one that cannot run here
     */
    public static Kernel preferred() {
        Choice choice = Holder.CHOICE;
        if (choice.kernel == null) {
            throw new IllegalStateException(choice.error);
        }
        return choice.kernel;
    }

    /**
     * A kernel by name.
     *
     * @param name {@code reference}, {@code scalar} or {@code vector}, in any case
     * @return the kernel
     * @throws IllegalArgumentException for an unknown name
     * @throws IllegalStateException for {@code vector} where it cannot run, saying why
     */
    public static Kernel named(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "reference":
                return REFERENCE;
            case "scalar":
                return ScalarKernel.INSTANCE;
            case "vector":
                Optional<String> refusal = vectorRefusal();
                if (refusal.isPresent()) {
                    throw new IllegalStateException("the vector kernel is not available: " + refusal.get());
                }
                return vector();
            default:
                throw new IllegalArgumentException("unknown kernel '" + name + "'; kernels: reference, scalar, vector");
        }
    }

    /**
     * Why the vector kernel cannot be used in this JVM, with what to do about it; empty when it can: lrsched-simd
     * missing from the class path (or from the modules, on the module path), the {@code jdk.incubator.vector}
     * module not added, no C2 compiler, or vectors of fewer than two doubles.
     *
     * @return what is missing and what to add, or empty
     */
    public static Optional<String> vectorRefusal() {
        Class<?> support;
        try {
            support = Class.forName(SUPPORT_CLASS);
        } catch (ClassNotFoundException e) {
            return Optional.of(Kernels.class.getModule().isNamed()
                    // on the module path a module nothing requires is left out of the graph
                    ? "lrsched-simd is not among the modules; put it on the module path and pass '--add-modules"
                            + " org.lrsched.simd' to java (it brings jdk.incubator.vector) for the vector kernel"
                    : "lrsched-simd is not on the class path; add the lrsched-simd artifact (and pass"
                            + " '--add-modules jdk.incubator.vector' to java) for the vector kernel");
        }
        try {
            return Optional.ofNullable((String) support.getMethod("refusal").invoke(null));
        } catch (InvocationTargetException e) {
            return Optional.of("lrsched-simd failed its own checks: " + e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            return Optional.of("lrsched-simd does not match this lrsched-core: " + e);
        }
    }

    private static Kernel vector() {
        try {
            return (Kernel) Class.forName(VECTOR_CLASS).getField("INSTANCE").get(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("lrsched-simd's vector kernel cannot be loaded: " + e, e);
        }
    }

    /** The provider's decision: a kernel, or the error to report each time one is asked for. */
    private record Choice(Kernel kernel, String error) {}

    private static final class Holder {
        static final Choice CHOICE = choose();

        private static Choice choose() {
            String forced = System.getProperty(PROPERTY);
            if (forced != null) {
                try {
                    Kernel kernel = named(forced);
                    LOG.log(Level.INFO, "lrsched kernel: " + kernel + " (forced by -D" + PROPERTY + ")");
                    return new Choice(kernel, null);
                } catch (RuntimeException e) {
                    return new Choice(null, "-D" + PROPERTY + "=" + forced + ": " + e.getMessage());
                }
            }
            Optional<String> refusal = vectorRefusal();
            if (refusal.isPresent()) {
                LOG.log(Level.WARNING, "using the scalar kernel: " + refusal.get());
                return new Choice(ScalarKernel.INSTANCE, null);
            }
            Kernel vector = vector();
            LOG.log(Level.INFO, "lrsched kernel: " + vector);
            return new Choice(vector, null);
        }
    }
}
