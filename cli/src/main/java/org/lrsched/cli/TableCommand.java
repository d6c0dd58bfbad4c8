package org.lrsched.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lrsched.Schedule;
import org.lrsched.table.Kernel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lrsched table}: the learning rate at every step of a range. */
@Command(name = "table",
        description = "Writes the learning rate at each step from --from on, --count steps.")
final class TableCommand implements Callable<Integer> {
    /** Steps computed at a time: the table streams, whatever its length. */
    private static final int CHUNK = 1 << 16;

    @ParentCommand
    private Main main;

    @Parameters(paramLabel = "SPEC", description = SpecArgument.DESCRIPTION)
    private String spec;

    @Option(names = "--from", paramLabel = "N", description = "The first step (default: ${DEFAULT-VALUE}).")
    private long from = 0;

    @Option(names = "--count", paramLabel = "N", description = "How many steps (default: ${DEFAULT-VALUE}).")
    private long count = 1000;

    @Option(names = "--precision", paramLabel = "TYPE",
            description = "${COMPLETION-CANDIDATES}; float is the double value rounded to the nearest float"
                    + " (default: ${DEFAULT-VALUE}).")
    private Precision precision = Precision.DOUBLE;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "csv: a step,lr header and one row per step, each value printed so that it parses back to"
                    + " the same number; raw: the values only, little-endian IEEE binary64 or binary32, as numpy's"
                    + " fromfile reads with dtype '<f8' or '<f4' (default: ${DEFAULT-VALUE}).")
    private TableFormat format = TableFormat.CSV;

    @Option(names = "--kernel", paramLabel = "KERNEL",
            description = "reference (the schedule's at() per step), scalar or vector (default: the fastest this"
                    + " JVM offers; vector needs --add-modules jdk.incubator.vector, which ./lrsched passes).")
    private String kernel;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE, which appears only once complete (default: standard output).")
    private Path output;

    @Override
    public Integer call() {
        Schedule schedule = SpecArgument.schedule(spec);
        checkRange();
        Kernel chosen = KernelOption.resolve(kernel);
        try (Output out = output == null ? Output.standard(main.streams().out()) : Output.file(output)) {
            RowWriter rows = format.writer(out.stream(), precision);
            double[] chunk = new double[(int) Math.min(count, CHUNK)];
            for (long done = 0; done < count; done += chunk.length) {
                int n = (int) Math.min(chunk.length, count - done);
                long first = from + done;
                Steps.fill(schedule, first, chunk, n, chosen);
                for (int i = 0; i < n; i++) {
                    rows.write(first + i, chunk[i]);
                }
            }
            rows.flush();
            out.commit();
        } catch (IOException e) {
            String name = output == null ? "standard output" : output.toString();
            throw new CliError("cannot write " + name + ": " + IoMessages.describe(e));
        }
        return 0;
    }

    /** Every step of the range is a valid step: 0 to {@code Long.MAX_VALUE}. */
    private void checkRange() {
        if (from < 0) {
            throw new CliError("--from must be >= 0, got " + from);
        }
        if (count < 0) {
            throw new CliError("--count must be >= 0, got " + count);
        }
        if (count > 0 && from > Long.MAX_VALUE - (count - 1)) {
            throw new CliError("--from " + from + " with --count " + count + " goes past the last step, "
                    + Long.MAX_VALUE);
        }
    }
}
