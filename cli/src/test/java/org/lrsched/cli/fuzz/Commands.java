package org.lrsched.cli.fuzz;

import java.util.List;

/** The commands every generated spec goes through: a few values by {@code at} and a short table. */
final class Commands {
    static final String MAX = String.valueOf(Long.MAX_VALUE);

    private Commands() {}

    static List<FuzzCase> of(String kind, String spec, String argument) {
        return List.of(FuzzCase.of(kind, spec, "at", argument, "0", "3", "1000", "9007199254740993",
                        "4611686018427387904", MAX),
                FuzzCase.of(kind, spec, "table", argument, "--count", "5"));
    }

    /** With a table at the last steps too, where overflows hide. */
    static List<FuzzCase> withLastSteps(String kind, String spec) {
        return List.of(FuzzCase.of(kind, spec, "at", spec, "0", "1", "3", "1000", "9007199254740993",
                        "4611686018427387904", MAX),
                FuzzCase.of(kind, spec, "table", spec, "--count", "5"),
                FuzzCase.of(kind, spec, "table", spec, "--from", String.valueOf(Long.MAX_VALUE - 4), "--count", "5"));
    }
}
