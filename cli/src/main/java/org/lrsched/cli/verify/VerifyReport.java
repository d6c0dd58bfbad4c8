package org.lrsched.cli.verify;

import java.io.PrintWriter;
import java.util.List;
import org.lrsched.types.Presets;

/** A verification printed for people: the range, the contract, one row per kernel and precision, the verdict. */
public final class VerifyReport {
    private VerifyReport() {}

    /** {@code name}: a preset's name, printed with the text form; any other schedule is shown by its text alone. */
    public static void print(Verification v, String name, List<String> notes, PrintWriter out) {
        out.println("schedule: " + (Presets.exists(name) ? name + " = " : "") + v.schedule());
        out.println("range:    " + v.range() + v.cycles().map(c -> "; cycles crossed: " + c).orElse(""));
        out.println("contract: " + v.contract().describe());
        out.println();
        out.println(String.format("%-10s %-9s %18s %18s  %s", "kernel", "precision", "max error (ulps)",
                "max error / bound", "result"));
        for (ErrorTally t : v.tallies()) {
            out.println(String.format("%-10s %-9s %18s %18s  %s", t.kernel.name(), t.precision, number(t.maxUlps()),
                    v.contract().exact() ? (t.maxOfBound() == 0 ? "bit-identical" : "differs") : number(t.maxOfBound()),
                    t.passed() ? "PASS" : "FAIL: " + t.failures() + " steps, first at " + t.firstFailure()));
        }
        for (String note : notes) {
            out.println(note);
        }
        v.loop().ifPresent(loop -> out.println("tutorial's loop (CyclicalLoop): " + loop.text()));
        out.println();
        out.println(v.passed() ? "PASS" : "FAIL");
        out.flush();
    }

    private static String number(double x) {
        if (x == 0) {
            return "0";
        }
        return Double.isInfinite(x) ? "inf" : String.format("%.3g", x);
    }
}
