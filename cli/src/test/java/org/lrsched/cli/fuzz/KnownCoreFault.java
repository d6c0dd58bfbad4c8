package org.lrsched.cli.fuzz;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.lrsched.cli.fuzz.Problem.Kind;

/**
 * Faults of issue 16 that lie in core, which the harness finds but this branch does not fix: a case that one
 * of them explains is not counted as a failure. A fault that hangs is not run at all (an in-process run cannot
 * be stopped); the others are run, and excused only for the kinds of problem they explain. Remove an entry once
 * core has fixed it: its cases then count like any other.
 */
enum KnownCoreFault {
    B1("B1, core: a mxnet_multifactor step equal to Long.MAX_VALUE makes bulk fills loop for ever (an unguarded"
            + " steps[i] + 1 in the plan), or fail with an index out of range", true, EnumSet.allOf(Kind.class),
            spec -> spec.contains("mxnet_multifactor")
                    && SpecLiterals.list(spec, "step").filter(steps -> steps.contains(Commands.MAX)).isPresent()),
    B2("B2, core: linear_cooldown with start_idx = Long.MAX_VALUE (one_cycle with cycle_length = Long.MAX_VALUE)"
            + " fills NaN or Infinity while at() is right", false, EnumSet.of(Kind.NOT_FINITE),
            spec -> SpecLiterals.param(spec, "start_idx").filter(Commands.MAX::equals).isPresent()
                    || spec.contains("one_cycle")
                            && SpecLiterals.param(spec, "cycle_length").filter(Commands.MAX::equals).isPresent()),
    B3_TEXT("B3, core: the text parser has no nesting limit yet, so deep text overflows the stack (the CLI's last"
            + " resort turns that into one line, 'internal error: java.lang.StackOverflowError')", false,
            EnumSet.of(Kind.INTERNAL_ERROR), spec -> !SpecLiterals.isJson(spec) && SpecLiterals.depth(spec) > 100),
    B7("B7, core: finite parameters whose difference or product overflows (rates near 1e308, a growing cycle"
            + " magnitude) give NaN or an infinity", false, EnumSet.of(Kind.NOT_FINITE),
            spec -> SpecLiterals.hasNumberAtLeast(spec, 1e300)
                    || SpecLiterals.number(spec, "cycle_magnitude_decay").filter(d -> d > 1).isPresent()),
    B8("B8, core: a non-whole first cycle length with a decay within 1e-6 of 1 replays the float loop past 2^53,"
            + " minutes per value", true, EnumSet.allOf(Kind.class),
            spec -> SpecLiterals.number(spec, "cycle_length").filter(l -> l != Math.rint(l)).isPresent()
                    && SpecLiterals.number(spec, "cycle_length_decay").filter(d -> d > 1 && d <= 1 + 1e-6).isPresent()),
    FACTOR_WALK("not in issue 16, core: mxnet_factor multiplies its rate once per decay until stop_factor_lr, so a"
            + " factor within 1e-7 of 1 takes 10^8 multiplications and more (7 s at 1 - 1e-8, years at 1 - 2^-53)",
            true, EnumSet.allOf(Kind.class), spec -> spec.contains("mxnet_factor")
                    && SpecLiterals.number(spec, "factor").filter(f -> f < 1 && f >= 1 - 1e-7).isPresent()),
    B14_TEXT("B14, core: the text parser reads non-ASCII digits (Arabic-Indic, fullwidth) as numbers", false,
            EnumSet.of(Kind.NOT_REFUSED),
            spec -> !SpecLiterals.isJson(spec) && spec.chars().anyMatch(c -> c > 127 && Character.isDigit(c)));

    final String reason;
    /** Not run: it would spin for ever, or for minutes, in the test's own JVM. */
    final boolean hangs;
    private final Set<Kind> explains;
    private final Predicate<String> matchesSpec;

    KnownCoreFault(String reason, boolean hangs, Set<Kind> explains, Predicate<String> matchesSpec) {
        this.reason = reason;
        this.hangs = hangs;
        this.explains = explains;
        this.matchesSpec = matchesSpec;
    }

    /** The known fault that would hang this case, if any: the case is skipped. */
    static Optional<KnownCoreFault> hanging(FuzzCase c) {
        return Arrays.stream(values()).filter(f -> f.hangs && f.matches(c)).findFirst();
    }

    /** The known fault that explains this case's problem, if any. */
    static Optional<KnownCoreFault> explaining(FuzzCase c, Problem problem) {
        return Arrays.stream(values()).filter(f -> f.explains.contains(problem.kind()) && f.matches(c)).findFirst();
    }

    private boolean matches(FuzzCase c) {
        return c.spec() != null && matchesSpec.test(c.spec());
    }
}
