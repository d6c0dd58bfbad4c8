package org.lrsched.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.lrsched.Schedule;
import org.lrsched.types.Presets;
import org.lrsched.types.ScheduleTypes;
import org.lrsched.Spec;
import org.lrsched.spec.SpecException;
import org.lrsched.spec.SpecText;

/** Reads a SPEC argument: a preset name, the text form, JSON (starting with '{'), or @FILE holding text or JSON. */
final class SpecArgument {
    static final String DESCRIPTION = "The schedule: a preset name (see 'lrsched presets'), the text form such as"
            + " 'cosine(min_lr=0.1, max_lr=1, cycle_length=100)', JSON such as '{\"type\": \"cosine\", \"min_lr\": 0.1,"
            + " \"max_lr\": 1, \"cycle_length\": 100}', or @FILE to read either from FILE. Every type and its"
            + " parameters: 'lrsched types'.";

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private SpecArgument() {}

    static Schedule schedule(String argument) {
        return ScheduleTypes.build(spec(argument));
    }

    static Spec spec(String argument) {
        if (argument.startsWith("@")) {
            return fromFile(argument.substring(1));
        }
        if (NAME.matcher(argument.strip()).matches()) {
            return Presets.get(argument.strip()).spec();
        }
        return parse(argument);
    }

    private static Spec fromFile(String file) {
        String content;
        try {
            content = Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new CliError("cannot read @" + file + ": " + IoMessages.describe(e));
        }
        try {
            return parse(content);
        } catch (SpecException e) {
            throw new SpecException("@" + file + ": " + e.getMessage());
        }
    }

    private static Spec parse(String text) {
        return text.stripLeading().startsWith("{") ? JsonSpec.parse(text) : SpecText.parse(text);
    }
}
