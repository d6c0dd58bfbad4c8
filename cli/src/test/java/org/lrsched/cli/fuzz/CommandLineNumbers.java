package org.lrsched.cli.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * The command's own numbers at their edges: --from and --count, and at's steps given as arguments and on
 * standard input; and the commands (verify, plot, cycles) at the last steps, where loops overflowed.
 */
final class CommandLineNumbers {
    private static final List<String> NUMBERS = List.of("0", "1", "5", "-1", "9223372036854775806",
            "9223372036854775807", "9223372036854775808", "99999999999999999999", "1e3", "0x10", "+5", " 5", "",
            "5.0", "\u0663", "\uff13", "\u30005");
    private static final String LAST = String.valueOf(Long.MAX_VALUE);

    private CommandLineNumbers() {}

    static List<FuzzCase> cases(String plotFile) {
        List<FuzzCase> cases = new ArrayList<>();
        for (String from : NUMBERS) {
            for (String count : List.of("0", "1", "5", "-1", "9223372036854775807", "1e3", "\u0663", "")) {
                // a valid table of 2^63 - 1 steps from a small first step would run for ever, as it should
                if (!(count.equals(LAST) && List.of("0", "1", "5", "+5").contains(from))) {
                    cases.add(FuzzCase.of("table --from --count", null, "table", "sgdr", "--from", from, "--count",
                            count));
                }
                cases.add(FuzzCase.of("cycles --from --count", null, "cycles", "sgdr", "--from", from, "--count",
                        count));
            }
            cases.add(FuzzCase.of("at STEP", null, "at", "sgdr", from));
            cases.add(FuzzCase.of("at, steps on standard input", null, "at", "sgdr").withInput(from + "\n"));
        }
        String lastEight = String.valueOf(Long.MAX_VALUE - 7);
        for (String preset : List.of("sgdr", "cosine_annealing", "one_cycle", "warmup_multifactor",
                "flax_triangular")) {
            cases.add(FuzzCase.of("the last steps", null, "verify", preset, "--from", lastEight, "--count", "8"));
            cases.add(FuzzCase.of("the last steps", null, "cycles", "cyclical_triangular", "--from", lastEight));
            cases.add(FuzzCase.of("the last steps", null, "plot", preset, "--from", lastEight, "--count", "8", "-o",
                    plotFile));
        }
        cases.add(FuzzCase.of("the last steps", null, "plot", "sgdr", "--from",
                String.valueOf(Long.MAX_VALUE - 99_999_999), "--count", "100000000", "-o", plotFile));
        return cases;
    }
}
