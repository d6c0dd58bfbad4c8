package org.lrsched.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** Turns every failure into exit code 2 and exactly one line on standard error, without a stack trace. */
final class Errors {
    private static final int EXIT_CODE = 2;

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
        report(command, message(e));
        return EXIT_CODE;
    }

    private static String message(Exception e) {
        if (e instanceof CliError || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        return "internal error: " + e;
    }

    private static void report(CommandLine command, String message) {
        PrintWriter err = command.getErr();
        err.println(command.getCommandSpec().qualifiedName() + ": " + oneLine(message));
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
