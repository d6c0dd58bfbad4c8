package org.lrsched.cli.fuzz;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The commands of the reliability report behind issue 16 (B1-B15), each as it was run there: the faults the CLI
 * fixed must stay fixed. File safety (B10-B12) is
 * tested by OutputTest, broken pipes (B9) by {@link BrokenPipes}.
 */
final class ReportCommands {
    private static final String MAX = Commands.MAX;
    private static final String ONE_CYCLE_AT_MAX = "one_cycle(start_lr=0.1, max_lr=0.5, cycle_length=" + MAX + ")";
    private static final String COOLDOWN_AT_MAX = "linear_cooldown(schedule=cosine(min_lr=0.01, max_lr=2,"
            + " cycle_length=100), finish_lr=%s, start_idx=" + MAX + ", length=0)";

    private ReportCommands() {}

    static List<FuzzCase> cases(Path dir) throws IOException {
        List<FuzzCase> cases = new ArrayList<>();
        String png = dir.resolve("report.png").toString();
        String multifactor = "mxnet_multifactor(step=[" + MAX + "], factor=0.5, base_lr=1)";
        cases.add(FuzzCase.of("B1", multifactor, "table", multifactor, "--count", "3"));
        cases.add(FuzzCase.of("B1", multifactor, "plot", multifactor, "-o", png));
        cases.add(FuzzCase.of("B1", multifactor, "verify", multifactor, "--count", "3"));
        String two = "mxnet_multifactor(step=[5, " + MAX + "], factor=0.5, base_lr=1)";
        cases.add(FuzzCase.of("B1", two, "table", two, "--from", "3", "--count", "5"));
        cases.add(FuzzCase.of("B2", ONE_CYCLE_AT_MAX, "at", ONE_CYCLE_AT_MAX, "0", "1", "2"));
        cases.add(FuzzCase.of("B2", ONE_CYCLE_AT_MAX, "table", ONE_CYCLE_AT_MAX, "--count", "3"));
        for (String finish : List.of("0.5", "0.01")) {
            String cooldown = String.format(COOLDOWN_AT_MAX, finish);
            cases.add(FuzzCase.of("B2", cooldown, "table", cooldown, "--count", "3"));
            cases.add(FuzzCase.of("B2", cooldown, "plot", cooldown, "-o", png));
        }
        String deep = "linear_warmup(schedule=".repeat(2000) + "cosine(min_lr=1, max_lr=2, cycle_length=100)"
                + ", start_lr=0, length=1)".repeat(2000);
        cases.add(FuzzCase.of("B3", deep, "at", deep, "3").refused());
        Path huge = dir.resolve("3g.spec");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L << 30); // sparse: a table given as a spec by mistake
        }
        cases.add(FuzzCase.of("B4", null, "at", "@" + huge, "3").refused());
        cases.add(FuzzCase.of("B6", null, "verify", "sgdr", "--from", String.valueOf(Long.MAX_VALUE - 7), "--count",
                "8"));
        for (String spec : List.of("cosine(min_lr=-1e308, max_lr=1e308, cycle_length=100)",
                "triangular(min_lr=-1e308, max_lr=1e308, cycle_length=100)",
                "linear_warmup(schedule=cosine(min_lr=1e308, max_lr=1e308, cycle_length=100), start_lr=-1e308,"
                        + " length=250)",
                "mxnet_factor(step=10, factor=0.5, base_lr=1e308, warmup_steps=5, warmup_begin_lr=-1e308)",
                "mxnet_poly(max_update=1000, base_lr=1e308, final_lr=-1e308)",
                "cyclical(shape=cosine(min_lr=0.5, max_lr=2), cycle_length=1, cycle_magnitude_decay=10)")) {
            cases.add(FuzzCase.of("B7", spec, "at", spec, "0", "100", "117", "308", "1000"));
        }
        for (String decay : List.of("1.0000005", "1.000000001")) {
            String spec = "cyclical(shape=cosine(min_lr=0.01, max_lr=2), cycle_length=1.5, cycle_length_decay="
                    + decay + ")";
            cases.add(FuzzCase.of("B8", spec, "table", spec, "--from", "4611686018427387904", "--count", "1000"));
        }
        cases.add(FuzzCase.of("B13", null, "at", "a".repeat(120_000), "3").refused());
        for (String spec : List.of("cosine(min_lr=1, max_lr=2, cycle_length=\u0661\u0660\u0660)",
                "cosine(min_lr=\uff11, max_lr=2, cycle_length=100)")) {
            cases.add(FuzzCase.of("B14", spec, "at", spec, "3").refused());
        }
        cases.add(FuzzCase.of("B14", null, "at", "sgdr", "\u0663").refused());
        return cases;
    }
}
