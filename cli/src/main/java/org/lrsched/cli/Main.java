package org.lrsched.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.lrsched.cli.io.LogLines;
import org.lrsched.cli.io.StandardStreams;
import org.lrsched.cli.io.WholeNumbers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;

/**
 * The {@code lrsched} command: its subcommands, and exit code 2 with one line on standard error for any error.
 * The subcommands inherit --help, --version and the footer.
 */
@Command(name = "lrsched", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Exact learning-rate schedules: the value at any step, or tables of many steps.",
        subcommands = {TableCommand.class, AtCommand.class, CyclesCommand.class, PresetsCommand.class, TypesCommand.class,
                PlotCommand.class, VerifyCommand.class, DemoCommand.class, BenchCommand.class, ReportCommand.class,
                HelpCommand.class},
        footer = {"", "Exit status: 0 on success, 2 on any error (one line on standard error), 141 without a word"
                + " when standard output is closed early (| head), as for a program that SIGPIPE ends."})
public final class Main implements Runnable {
    @CommandLine.Spec
    private CommandSpec command;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Also say on standard error which kernel fills the tables.")
    private void verbose(boolean on) {
        if (on) {
            LogLines.verbose();
        }
    }

    /** {@code lrsched} alone names no command. */
    @Override
    public void run() {
        throw new ParameterException(command.commandLine(),
                "missing command: table, at, cycles, presets, types, plot, verify, demo, bench or report");
    }

    /**
     * The command line, its commands given {@code context}: the process's streams, or captured ones when tests
     * run it in-process.
     */
    public static CommandLine commandLine(CommandContext context) {
        StandardStreams streams = context.streams();
        return new CommandLine(new Main(), new CommandFactory(context))
                .setOut(new PrintWriter(new OutputStreamWriter(streams.out(), StandardCharsets.UTF_8), true))
                .setErr(streams.err())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExpandAtFiles(false) // @FILE is a SPEC, not picocli's file of arguments
                .registerConverter(Long.class, WholeNumbers::toLong)
                .registerConverter(Long.TYPE, WholeNumbers::toLong)
                .registerConverter(Integer.class, WholeNumbers::toInt)
                .registerConverter(Integer.TYPE, WholeNumbers::toInt)
                .setParameterExceptionHandler(Errors::usage)
                .setExecutionExceptionHandler(Errors::failure);
    }

    /**
     * Runs {@code command} on {@code args} and gives the exit status. picocli hands only {@link Exception}s to
     * the handlers; an {@link Error} (a stack overflow, memory running out) ends here, as one line and exit 2 too.
     */
    static int execute(CommandLine command, String... args) {
        try {
            return command.execute(args);
        } catch (Throwable e) { // the last resort: never a stack trace
            return Errors.internal(command, e);
        }
    }

    public static void main(String[] args) {
        LogLines.install();
        System.exit(execute(commandLine(CommandContext.of(StandardStreams.system())), args));
    }
}
