package org.lrsched.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lrsched.Schedule;
import org.lrsched.cli.io.CliError;
import org.lrsched.cli.io.IoMessages;
import org.lrsched.cli.io.Output;
import org.lrsched.cli.io.OutputClosed;
import org.lrsched.cli.io.Progress;
import org.lrsched.cli.io.StandardStreams;
import org.lrsched.cli.spec.SpecArgument;
import org.lrsched.cli.table.KernelOption;
import org.lrsched.cli.table.Precision;
import org.lrsched.cli.table.StepRange;
import org.lrsched.cli.table.TableFormat;
import org.lrsched.cli.table.TableStream;
import org.lrsched.table.Kernel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lrsched table}: the learning rate at every step of a range. */
@Command(name = "table",
        description = "Writes the learning rate at each step from --from on, --count steps.")
final class TableCommand implements Callable<Integer> {
    private final StandardStreams streams;

    @Parameters(paramLabel = "SPEC", description = SpecArgument.DESCRIPTION)
    private String spec;

    @Mixin
    private RangeOption steps = new RangeOption(1000);

    @Option(names = "--precision", paramLabel = "TYPE",
            description = "${COMPLETION-CANDIDATES}; float is the double value rounded to the nearest float"
                    + " (default: ${DEFAULT-VALUE}).")
    private Precision precision = Precision.DOUBLE;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "csv: a step,lr header and one row per step, each value printed so that it parses back to"
                    + " the same number; raw: the values only, little-endian IEEE binary64 or binary32, as numpy's"
                    + " fromfile reads with dtype '<f8' or '<f4'; npy: NumPy's .npy file of those values, for"
                    + " numpy.load (default: ${DEFAULT-VALUE}).")
    private TableFormat format = TableFormat.CSV;

    @Option(names = "--kernel", paramLabel = "KERNEL",
            description = "reference (the schedule's at() per step), scalar or vector (default: the fastest this"
                    + " JVM offers; vector needs --add-modules jdk.incubator.vector, which ./lrsched passes).")
    private String kernel;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE, which appears only once complete (default: standard output).")
    private Path output;

    @Mixin
    private ProgressOption progress;

    TableCommand(CommandContext context) {
        this.streams = context.streams();
    }

    @Override
    public Integer call() {
        Schedule schedule = SpecArgument.schedule(spec);
        StepRange range = steps.range();
        Kernel chosen = KernelOption.resolve(kernel);
        try (Output out = output == null ? Output.standard(streams.out()) : Output.file(output, streams.err());
                Progress bar = progress.start(streams.err(), "lrsched table", range.count())) {
            TableStream.write(schedule, range, precision, chosen, format.writer(out, precision, range.count()), bar);
            out.commit();
        } catch (IOException e) {
            if (output == null) {
                throw OutputClosed.orError(e);
            }
            throw new CliError("cannot write " + output + ": " + IoMessages.describe(e));
        }
        return 0;
    }
}
