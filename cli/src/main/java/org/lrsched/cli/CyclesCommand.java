package org.lrsched.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.lrsched.Schedule;
import org.lrsched.cli.io.CliError;
import org.lrsched.cli.io.OutputClosed;
import org.lrsched.cli.io.StandardStreams;
import org.lrsched.cli.spec.SpecArgument;
import org.lrsched.cli.table.StepRange;
import org.lrsched.schedule.Cycle;
import org.lrsched.schedule.CyclicalSchedule;
import org.lrsched.schedule.LinearCoolDown;
import org.lrsched.schedule.LinearWarmUp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lrsched cycles}: the cycles of a cyclical schedule that overlap a range of its steps. */
@Command(name = "cycles",
        description = {"Lists, as csv cycle_idx,start,length,end,magnitude, every cycle of the schedule's cyclical"
                + " part that overlaps steps --from .. --from + --count - 1, exactly as the tutorial's loop finds"
                + " them. Steps and cycles are the cyclical schedule's own (a linear_warmup around it shifts them"
                + " by its length). start and end are whole steps; length is the cycle_length the reference"
                + " builds the cycle with; end is empty for a cycle that never ends before 2^63."})
final class CyclesCommand implements Callable<Integer> {
    private final StandardStreams streams;

    @Parameters(paramLabel = "SPEC", description = SpecArgument.DESCRIPTION)
    private String spec;

    @Mixin
    private RangeOption steps = new RangeOption(1000);

    CyclesCommand(CommandContext context) {
        this.streams = context.streams();
    }

    @Override
    public Integer call() {
        Schedule schedule = SpecArgument.schedule(spec);
        CyclicalSchedule cyclical = cyclicalPart(schedule);
        StepRange range = steps.range();
        try {
            Writer out = new OutputStreamWriter(streams.out(), StandardCharsets.UTF_8);
            out.write("cycle_idx,start,length,end,magnitude\n");
            if (range.count() > 0) {
                writeCycles(cyclical, range, out);
            }
            out.flush();
        } catch (IOException e) {
            throw OutputClosed.orError(e);
        } catch (ArithmeticException e) {
            throw new CliError(e.getMessage());
        }
        return 0;
    }

    /** A row for each cycle, from the one holding the range's first step to the one holding its last. */
    private static void writeCycles(CyclicalSchedule cyclical, StepRange range, Writer out) throws IOException {
        for (long step = range.from(); ; ) {
            Cycle c = cyclical.cycleOf(step);
            out.write(row(cyclical, c));
            if (c.endless() || c.end() > range.last()) {
                return;
            }
            step = c.end();
        }
    }

    private static String row(CyclicalSchedule s, Cycle c) {
        String length;
        if (c.index() == 0 && !s.cycleLength().isWhole()) {
            length = String.valueOf(s.cycleLength().real());
        } else if (c.length() == Long.MAX_VALUE) { // a length past every long: Python's exact int
            length = s.wholeLength(c).toString();
        } else {
            length = String.valueOf(c.length());
        }
        String end = c.endless() ? "" : String.valueOf(c.end());
        return c.index() + "," + c.start() + "," + length + "," + end + "," + s.magnitude(c.index()) + "\n";
    }

    /** The cyclical schedule itself, or the one a warm-up or cool-down wraps. */
    private static CyclicalSchedule cyclicalPart(Schedule schedule) {
        Schedule s = schedule;
        while (true) {
            if (s instanceof CyclicalSchedule) {
                return (CyclicalSchedule) s;
            }
            if (s instanceof LinearWarmUp) {
                s = ((LinearWarmUp) s).schedule();
            } else if (s instanceof LinearCoolDown) {
                s = ((LinearCoolDown) s).schedule();
            } else {
                throw new CliError("the schedule has no cyclical part: " + schedule);
            }
        }
    }
}
