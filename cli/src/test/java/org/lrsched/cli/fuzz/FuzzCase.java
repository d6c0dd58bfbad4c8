package org.lrsched.cli.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One run of {@code lrsched}: its arguments and standard input, the spec text it reads (null when it reads
 * none) and whether it must be refused (exit 2) rather than merely not go wrong.
 */
record FuzzCase(String kind, String spec, List<String> args, byte[] stdin, boolean mustRefuse) {
    /** Arguments longer than this are shown by their head when a case is reported. */
    private static final int SHOWN = 80;
    private static final int SHOWN_ARGUMENTS = 12;

    static FuzzCase of(String kind, String spec, String... args) {
        return new FuzzCase(kind, spec, List.of(args), new byte[0], false);
    }

    FuzzCase refused() {
        return new FuzzCase(kind, spec, args, stdin, true);
    }

    FuzzCase withInput(String input) {
        return new FuzzCase(kind, spec, args, input.getBytes(StandardCharsets.UTF_8), mustRefuse);
    }

    /** The command line as a shell would show it, long arguments cut, and many arguments too. */
    String describe() {
        StringBuilder line = new StringBuilder("lrsched");
        for (String arg : args.subList(0, Math.min(args.size(), SHOWN_ARGUMENTS))) {
            String shown = arg.length() <= SHOWN ? arg : arg.substring(0, SHOWN) + "... (" + arg.length() + " chars)";
            line.append(" '").append(shown.replace("\n", "\\n")).append('\'');
        }
        if (args.size() > SHOWN_ARGUMENTS) {
            line.append(" ... (").append(args.size()).append(" arguments)");
        }
        if (stdin.length > 0) {
            line.append(" < (").append(stdin.length).append(" bytes)");
        }
        return line.toString();
    }
}
