package org.lrsched.cli.verify;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.lrsched.cli.table.Precision;
import org.lrsched.table.Kernel;
import org.lrsched.types.Presets;

/**
 * A verification printed for people: the range, the contract, the kernels, one row per kernel and precision in
 * the contract's own unit first (the fraction of its bound), what the columns mean, and the verdict.
 */
public final class VerifyReport {
    private static final String ROW = "%-10s %-9s  %13s  %13s  %5s  %s";

    private VerifyReport() {}

    /**
     * {@code name}: a preset's name, printed with the text form; any other schedule is shown by its text alone.
     * {@code preferred}: the kernel tables are filled with by default.
     */
    public static void print(Verification v, String name, List<String> notes, Kernel preferred, PrintWriter out) {
        out.println("schedule: " + (Presets.exists(name) ? name + " = " : "") + v.schedule());
        out.println("range:    " + v.range() + v.cycles().map(c -> "; cycles crossed: " + c).orElse(""));
        out.println("contract: " + v.contract().describe());
        out.println("kernels:  " + v.tallies().stream().map(t -> t.kernel).distinct().map(Object::toString)
                .collect(Collectors.joining(", ")) + "; the default: " + preferred.name());
        out.println();
        out.println(String.format(ROW, "kernel", "precision", "error / bound", "largest error", "ulps", "result"));
        for (ErrorTally t : v.tallies()) {
            String result = t.passed() ? "PASS" : "FAIL: " + t.failures() + " steps, first at " + t.firstFailure();
            out.println(String.format(ROW, t.kernel.name(), t.precision, ofBound(v, t), number(t.maxError()),
                    ulps(v, t), result));
        }
        out.println();
        explain(v, out);
        for (String note : notes) {
            out.println(note);
        }
        v.loop().ifPresent(loop -> out.println("tutorial's loop (CyclicalLoop): " + loop.text()));
        out.println();
        out.println(v.passed() ? "PASS" : "FAIL");
        out.flush();
    }

    /** Bit identity is owed, or the fraction of the bound. */
    private static String ofBound(Verification v, ErrorTally t) {
        if (v.contract().exact()) {
            return t.maxOfBound() == 0 ? "bit-identical" : "differs";
        }
        return number(t.maxOfBound());
    }

    /** Only where the bound is in ulps: bit identity, or a float table's one float ulp. */
    private static String ulps(Verification v, ErrorTally t) {
        return v.contract().exact() || t.precision == Precision.FLOAT ? number(t.maxUlps()) : "-";
    }

    /** What the columns mean, and why a value near 0 can be many ulps off and still well within the bound. */
    private static void explain(Verification v, PrintWriter out) {
        if (v.contract().exact()) {
            out.println("Bit identity is owed (no cos or pow): a value that differs at all fails; ulps say by how"
                    + " much.");
            return;
        }
        out.println(String.format("error / bound: the largest |table - at()| as a fraction of the contract's bound"
                + " (1 or less passes); largest%nerror: that |table - at()| itself, to read against the largest |lr|,"
                + " %s.", v.contract().scale()));
        out.println("ulps: for float tables, where their bound is one float ulp of at(); a double table's bound is"
                + " absolute,\nso its ulps mean little: near 0 an ulp is tiny, and a small error is many of them.");
        v.tallies().stream().filter(t -> t.mostUlpsElsewhere() != null)
                .max(Comparator.comparingDouble(t -> t.mostUlpsElsewhere().ulps()))
                .ifPresent(t -> out.println(manyUlps(t, Objects.requireNonNull(t.mostUlpsElsewhere()))));
    }

    private static String manyUlps(ErrorTally t, ErrorTally.ManyUlps m) {
        return String.format("The most: %s %s at step %,d, where at() is %s: %s ulps,%nan error of %s, %s of the"
                + " bound.", t.kernel.name(), t.precision, m.step(), number(m.want()), number(m.ulps()),
                number(m.error()), number(m.ofBound()));
    }

    private static String number(double x) {
        if (x == 0) {
            return "0";
        }
        return Double.isInfinite(x) ? "inf" : String.format("%.3g", x);
    }
}
