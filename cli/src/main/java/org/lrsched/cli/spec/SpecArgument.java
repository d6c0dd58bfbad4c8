package org.lrsched.cli.spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.lrsched.Schedule;
import org.lrsched.Spec;
import org.lrsched.cli.io.CliError;
import org.lrsched.cli.io.IoMessages;
import org.lrsched.spec.SpecException;
import org.lrsched.spec.SpecText;
import org.lrsched.types.Presets;
import org.lrsched.types.ScheduleTypes;

/**
 * Reads a SPEC argument: a preset name, the text form, JSON (starting with '{'), or @FILE holding text or JSON, of
 * at most {@value #LARGEST_FILE_MIB} MiB: a spec is a few lines, and {@code @/dev/zero} or a table given by
 * mistake must not fill the memory.
 */
public final class SpecArgument {
    public static final String DESCRIPTION = "The schedule: a preset name (see 'lrsched presets'), the text form such as"
            + " 'cosine(min_lr=0.1, max_lr=1, cycle_length=100)', JSON such as '{\"type\": \"cosine\", \"min_lr\": 0.1,"
            + " \"max_lr\": 1, \"cycle_length\": 100}', or @FILE to read either from FILE. Every type and its"
            + " parameters: 'lrsched types'.";

    static final int LARGEST_FILE_MIB = 64;

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private SpecArgument() {}

    public static Schedule schedule(String argument) {
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
        String content = read(file);
        try {
            return parse(content);
        } catch (SpecException e) {
            throw new SpecException("@" + file + ": " + e.getMessage());
        }
    }

    /** The file's text, read through a stream: devices and pipes ({@code @/dev/stdin}) are read as files are. */
    private static String read(String file) {
        int largest = LARGEST_FILE_MIB << 20;
        byte[] bytes;
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            bytes = in.readNBytes(largest + 1);
        } catch (IOException e) {
            throw new CliError("cannot read @" + file + ": " + IoMessages.describe(e));
        } catch (InvalidPathException e) {
            throw new CliError("cannot read @" + file + ": " + e.getReason()); // a NUL character, say
        }
        if (bytes.length > largest) {
            throw new CliError("cannot read @" + file + ": larger than " + LARGEST_FILE_MIB + " MiB");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString(); // strict: no U+FFFD
        } catch (IOException e) {
            throw new CliError("cannot read @" + file + ": " + IoMessages.describe(e));
        }
    }

    private static Spec parse(String text) {
        return text.stripLeading().startsWith("{") ? JsonSpec.parse(text) : SpecText.parse(text);
    }
}
