package org.lrsched.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.lrsched.Schedule;
import org.lrsched.cli.io.Ascii;
import org.lrsched.cli.io.OutputClosed;
import org.lrsched.cli.io.StandardStreams;
import org.lrsched.cli.io.StepLines;
import org.lrsched.cli.io.WholeNumbers;
import org.lrsched.cli.spec.SpecArgument;
import org.lrsched.cli.table.CsvRowWriter;
import org.lrsched.cli.table.Precision;
import org.lrsched.cli.table.RowWriter;
import org.lrsched.cli.table.Steps;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lrsched at}: the learning rate at the steps given, in the order given. */
@Command(name = "at",
        description = {"Prints a step,lr header and a row for each STEP, in the order given.",
            "With no STEP, reads the steps from standard input, one per line (blank lines are skipped)."})
final class AtCommand implements Callable<Integer> {
    private final StandardStreams streams;

    @Parameters(index = "0", paramLabel = "SPEC", description = SpecArgument.DESCRIPTION)
    private String spec;

    @Parameters(index = "1..*", paramLabel = "STEP", description = "A step, from 0 to " + Long.MAX_VALUE + ".")
    private List<String> steps = new ArrayList<>();

    AtCommand(CommandContext context) {
        this.streams = context.streams();
    }

    @Override
    public Integer call() {
        Schedule schedule = SpecArgument.schedule(spec);
        List<Long> given = parseGiven();
        RowWriter rows = new CsvRowWriter(streams.out(), Precision.DOUBLE);
        try {
            if (given.isEmpty()) {
                readSteps(schedule, rows);
            } else {
                for (long step : given) {
                    rows.write(step, Steps.at(schedule, step));
                }
            }
            rows.flush();
        } catch (IOException e) {
            throw OutputClosed.orError(e);
        }
        return 0;
    }

    /** All of them before any output, so a typo in the last one prints nothing. */
    private List<Long> parseGiven() {
        List<Long> parsed = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            parsed.add(WholeNumbers.step(steps.get(i), "STEP " + (i + 1)));
        }
        return parsed;
    }

    /** Row by row, flushing whenever the input would block, so that another program can converse through pipes. */
    private void readSteps(Schedule schedule, RowWriter rows) throws IOException {
        StepLines in = new StepLines(new BufferedReader(new InputStreamReader(streams.in(),
                StandardCharsets.UTF_8)));
        for (String line; (line = readLine(in, rows)) != null; ) {
            if (!Ascii.strip(line).isEmpty()) {
                long step = WholeNumbers.step(line, "standard input, line " + in.number());
                rows.write(step, Steps.at(schedule, step));
            }
        }
    }

    private static String readLine(StepLines in, RowWriter rows) throws IOException {
        if (!in.ready()) {
            rows.flush();
        }
        return in.next();
    }
}
