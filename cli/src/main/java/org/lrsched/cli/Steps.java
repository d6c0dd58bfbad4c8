package org.lrsched.cli;

import org.lrsched.Schedule;

/** Steps as the commands read them, and the schedule's value at one, failing with the step named. */
final class Steps {
    private Steps() {}

    /** A whole number from 0 to {@code Long.MAX_VALUE}; {@code where} says where the text came from. */
    static long parse(String text, String where) {
        long step;
        try {
            step = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw notAStep(text, where);
        }
        if (step < 0) {
            throw notAStep(text, where);
        }
        return step;
    }

    private static CliError notAStep(String text, String where) {
        return new CliError(where + ": '" + text + "' is not a step (a whole number from 0 to " + Long.MAX_VALUE + ")");
    }

    /** Where the reference Python raises for a step, so does the schedule: say which step. */
    static double at(Schedule schedule, long step) {
        try {
            return schedule.at(step);
        } catch (ArithmeticException e) {
            throw new CliError("step " + step + ": " + e.getMessage());
        }
    }
}
