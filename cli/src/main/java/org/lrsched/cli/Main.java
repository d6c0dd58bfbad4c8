package org.lrsched.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.lrsched.cli.bench.BenchCommand;
import org.lrsched.cli.bench.ReportCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
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
    private final StandardStreams streams;

    @CommandLine.Spec
    private CommandSpec command;

    private Main(StandardStreams streams) {
        this.streams = streams;
    }

    public StandardStreams streams() {
        return streams;
    }

    /** {@code lrsched} alone names no command. */
    @Override
    public void run() {
        throw new ParameterException(command.commandLine(),
                "missing command: table, at, cycles, presets, types, plot, verify or demo");
    }

    /** The command line, reading and writing {@code streams}; tests run it in-process with captured streams. */
    public static CommandLine commandLine(StandardStreams streams) {
        return commandLine(streams, CommandLine.defaultFactory());
    }

    /** With the subcommands made by {@code factory}: how tests hand a command other kernels to check. */
    static CommandLine commandLine(StandardStreams streams, CommandLine.IFactory factory) {
        return new CommandLine(new Main(streams), factory)
                .setOut(new PrintWriter(new OutputStreamWriter(streams.out(), StandardCharsets.UTF_8), true))
                .setErr(streams.err())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExpandAtFiles(false) // @FILE is a SPEC, not picocli's file of arguments
                .registerConverter(Long.class, WholeNumberOption::toLong)
                .registerConverter(Long.TYPE, WholeNumberOption::toLong)
                .registerConverter(Integer.class, WholeNumberOption::toInt)
                .registerConverter(Integer.TYPE, WholeNumberOption::toInt)
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
        // the kernel provider logs its choice once: one short line on stderr, not java.util.logging's two
        System.setProperty("java.util.logging.SimpleFormatter.format", "lrsched: %5$s%n");
        System.exit(execute(commandLine(StandardStreams.system()), args));
    }
}
