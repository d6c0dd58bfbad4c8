package org.lrsched.cli;

import java.io.PrintWriter;
import org.lrsched.cli.io.CliError;
import org.lrsched.cli.io.Echo;
import org.lrsched.cli.io.OutputClosed;
import org.lrsched.spec.SpecException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** Turns every failure into exit code 2 and exactly one line on standard error, without a stack trace. */
final class Errors {
    private static final int EXIT_CODE = 2;
    /**
     * Far more than any message of ours, but picocli and the spec parser quote what they were given in full: a
     * 10 MB argument or name would make a 10 MB line.
     */
    private static final int LONGEST_MESSAGE = 1000;

    private Errors() {}

    /** Usage errors: unknown options or commands (with picocli's guess), bad numbers, missing arguments. */
    static int usage(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String guess = e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()
                ? "; did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?"
                : "";
        report(command, e.getMessage() + guess + " (see '" + command.getCommandSpec().qualifiedName() + " --help')");
        return EXIT_CODE;
    }

    /** Failures while a command runs: bad specs, schedules that raise, files that cannot be written. */
    static int failure(Exception e, CommandLine command, ParseResult parsed) {
        if (e instanceof OutputClosed) {
            return OutputClosed.EXIT_CODE; // quietly: the reader of the output has all it wanted
        }
        report(command, message(e));
        return EXIT_CODE;
    }

    /** What escaped picocli, an {@link Error} for instance: reported by the (sub)command that was running. */
    static int internal(CommandLine root, Throwable e) {
        report(running(root), message(e));
        return EXIT_CODE;
    }

    /**
     * Only the errors meant for users speak for themselves. Any other exception is a bug, so it is named as one,
     * even an IllegalArgumentException: its text was written for a programmer ({@code fromIndex(3) > toIndex(-3)}).
     */
    private static String message(Throwable e) {
        if (e instanceof CliError || e instanceof SpecException) {
            return e.getMessage();
        }
        Throwable cause = e.getCause();
        return "internal error: " + e + (cause != null && cause != e ? ", caused by " + cause : "");
    }

    /** The deepest subcommand parsed, or the root command if parsing did not get that far. */
    private static CommandLine running(CommandLine root) {
        ParseResult parsed = root.getParseResult();
        if (parsed == null) {
            return root;
        }
        while (parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
        }
        return parsed.commandSpec().commandLine();
    }

    private static void report(CommandLine command, String message) {
        PrintWriter err = command.getErr();
        err.println(command.getCommandSpec().qualifiedName() + ": " + oneLine(Echo.cut(message, LONGEST_MESSAGE)));
        err.flush();
    }

    /** Shows line breaks and other control characters (a spec text may hold them) as escapes. */
    private static String oneLine(String message) {
        StringBuilder line = new StringBuilder(message.length());
        for (char c : message.toCharArray()) {
            if (c == '\n') {
                line.append("\\n");
            } else if (c == '\r') {
                line.append("\\r");
            } else if (c == '\t') {
                line.append("\\t");
            } else if (Character.isISOControl(c)) {
                line.append(String.format("\\u%04x", (int) c));
            } else {
                line.append(c);
            }
        }
        return line.toString();
    }
}
