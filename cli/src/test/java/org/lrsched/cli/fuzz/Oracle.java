package org.lrsched.cli.fuzz;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.lrsched.cli.fuzz.Problem.Kind;

/**
 * What every run must do, whatever its input: answer in time; exit 0 with nothing on standard error, or exit 2
 * with exactly one short line naming the problem, never an internal error or a stack trace; never print NaN or
 * an infinity as a learning rate; and refuse what must be refused.
 */
final class Oracle {
    /** An error line of ours is at most 1000 characters and its prefix. */
    private static final int LONGEST_LINE = 1100;
    private static final Pattern NOT_FINITE = Pattern.compile("\\b(NaN|-?Infinity)\\b");

    private Oracle() {}

    static Optional<Problem> problem(FuzzCase c, Outcome o) {
        if (o.timedOut()) {
            return Optional.of(new Problem(Kind.HANG, "no answer in time"));
        }
        if (o.escaped() != null) {
            return Optional.of(new Problem(Kind.ESCAPED, o.escaped().toString()));
        }
        if (o.stderr().contains("\tat ") || o.stderr().contains("Exception in thread")) {
            return Optional.of(new Problem(Kind.STACK_TRACE, firstLine(o.stderr())));
        }
        if (NOT_FINITE.matcher(o.stdout()).find()) {
            return Optional.of(new Problem(Kind.NOT_FINITE, "a learning rate that is not finite in the output"));
        }
        if (o.exitCode() == 0) {
            if (c.mustRefuse()) {
                return Optional.of(new Problem(Kind.NOT_REFUSED, "exit 0"));
            }
            return o.stderr().isEmpty() ? Optional.empty()
                    : Optional.of(new Problem(Kind.NOISE_ON_SUCCESS, firstLine(o.stderr())));
        }
        if (o.exitCode() != 2) {
            return Optional.of(new Problem(Kind.EXIT_STATUS, "exit " + o.exitCode() + ": " + firstLine(o.stderr())));
        }
        return errorLine(o.stderr());
    }

    /** Exit 2: one line, the command's name first, short, and the user's problem rather than a bug. */
    private static Optional<Problem> errorLine(String stderr) {
        List<String> lines = stderr.lines().toList();
        if (lines.size() != 1 || !stderr.endsWith("\n") || !stderr.startsWith("lrsched")) {
            return Optional.of(new Problem(Kind.NOT_ONE_LINE, lines.size() + " lines: " + firstLine(stderr)));
        }
        if (stderr.contains("internal error")) {
            return Optional.of(new Problem(Kind.INTERNAL_ERROR, firstLine(stderr)));
        }
        if (stderr.length() > LONGEST_LINE) {
            return Optional.of(new Problem(Kind.LONG_LINE, stderr.length() + " characters"));
        }
        return Optional.empty();
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() <= 200 ? line : line.substring(0, 200) + "...";
    }
}
