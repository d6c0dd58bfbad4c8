package org.lrsched.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.lrsched.Schedule;
import org.lrsched.cli.io.CliError;
import org.lrsched.cli.io.OutputClosed;
import org.lrsched.cli.io.StandardStreams;
import org.lrsched.cli.spec.SpecArgument;
import org.lrsched.cli.table.StepRange;
import org.lrsched.schedule.Cycle;
import org.lrsched.schedule.Cyclic;
import org.lrsched.schedule.CyclicalSchedule;
import org.lrsched.schedule.Part;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lrsched cycles}: the cycles of a schedule's cyclic parts that overlap a range of its steps. */
@Command(name = "cycles",
        description = {"Lists, as csv cycle_idx,start,length,end,magnitude, every cycle that overlaps steps --from .."
                + " --from + --count - 1, found exactly as the schedule's reference finds it: the cycles of the"
                + " tutorial's cyclical schedules and of the peers' (torch.CyclicLR, torch.CosineAnnealingWarmRestarts,"
                + " timm's schedulers, keras.CosineDecayRestarts, optax.sgdr_schedule, transformers' hard restarts),"
                + " also inside linear_warmup, linear_cooldown, sequence, optax.join_schedules and torch.SequentialLR."
                + " Steps are the schedule's own, the rows of its table; cycle_idx counts each cyclic part's cycles"
                + " from 0. start and end are whole steps; length is the cycle's length in whole steps (a cyclical"
                + " schedule's first cycle_length as given), empty for the constant stretch after a last cycle; end"
                + " is empty for a cycle that never ends before 2^63; magnitude is the factor the part scales the"
                + " cycle by, empty where it has none."})
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
        List<Part<Cyclic>> parts = Cyclic.parts(schedule);
        if (parts.isEmpty()) {
            throw new CliError("the schedule has no cyclical part: " + schedule);
        }
        StepRange range = steps.range();
        try {
            Writer out = new OutputStreamWriter(streams.out(), StandardCharsets.UTF_8);
            out.write("cycle_idx,start,length,end,magnitude\n");
            if (range.count() > 0) {
                for (Part<Cyclic> part : parts) {
                    writeCycles(part, range, out);
                }
            }
            out.flush();
        } catch (IOException e) {
            throw OutputClosed.orError(e);
        } catch (ArithmeticException e) {
            throw new CliError(e.getMessage());
        }
        return 0;
    }

    /** A row for each of the part's cycles that holds a step of the range the part computes. */
    private static void writeCycles(Part<Cyclic> part, StepRange range, Writer out) throws IOException {
        long first = Math.max(range.from(), part.first());
        long last = Math.min(range.last(), part.last());
        if (first > last) {
            return;
        }
        Cyclic cyclic = part.schedule();
        long offset = part.offset();
        for (Cycle c = cyclic.cycleOf(first - offset); ; c = cyclic.cycleOf(c.end())) {
            out.write(row(cyclic, c, offset));
            if (c.endless() || c.end() > last - offset) {
                return;
            }
        }
    }

    private static String row(Cyclic cyclic, Cycle c, long offset) {
        String length;
        if (cyclic instanceof CyclicalSchedule s && c.index() == 0 && !s.cycleLength().isWhole()) {
            length = String.valueOf(s.cycleLength().real());
        } else if (cyclic instanceof CyclicalSchedule s && c.length() == Long.MAX_VALUE) {
            length = s.wholeLength(c).toString(); // a length past every long: Python's exact int
        } else if (c.endless() && c.length() == Long.MAX_VALUE) {
            length = ""; // the constant stretch after a last cycle, or a length past every long
        } else {
            length = String.valueOf(c.length());
        }
        String end = c.endless() ? "" : outer(c.end(), offset);
        OptionalDouble scale = cyclic.cycleScale(c.index());
        String magnitude = scale.isPresent() ? String.valueOf(scale.getAsDouble()) : "";
        return c.index() + "," + outer(c.start(), offset) + "," + length + "," + end + "," + magnitude + "\n";
    }

    /** A part's step as the schedule's: it may pass the last long where a cycle ends after the part. */
    private static String outer(long step, long offset) {
        return BigInteger.valueOf(step).add(BigInteger.valueOf(offset)).toString();
    }
}
