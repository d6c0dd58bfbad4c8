package org.lrsched.cli.spec;

import org.lrsched.Schedule;
import org.lrsched.types.Presets;

/** A schedule with the name a legend shows for it: its preset's name, or its text form, shortened. */
public record NamedSchedule(String name, Schedule schedule) {
    /** Long enough to tell specs apart, short enough for a legend. */
    private static final int LONGEST = 120;

    /** The schedule a SPEC argument names, named after it. */
    public static NamedSchedule of(String argument) {
        Schedule schedule = SpecArgument.schedule(argument);
        String preset = argument.strip();
        return new NamedSchedule(Presets.exists(preset) ? preset : shorten(schedule.toString()), schedule);
    }

    /** Head and tail with an ellipsis between: specs differ as often in their last parameters as in their first. */
    private static String shorten(String text) {
        if (text.length() <= LONGEST) {
            return text;
        }
        int head = LONGEST * 2 / 3;
        int tail = LONGEST - head - 1;
        return text.substring(0, head) + "\u2026" + text.substring(text.length() - tail);
    }
}
