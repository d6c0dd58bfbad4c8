package org.lrsched.cli.fuzz;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * Input far larger than any spec or step: each must be refused in one short line without running out of memory,
 * or, where it is valid (many steps), answered.
 */
final class Oversized {
    private static final int TEN_MB = 10 << 20;

    private Oversized() {}

    static List<FuzzCase> cases(Path dir) throws IOException {
        List<FuzzCase> cases = new ArrayList<>();
        Path sparse = dir.resolve("64mib-and-one.spec");
        try (RandomAccessFile file = new RandomAccessFile(sparse.toFile(), "rw")) {
            file.setLength((64L << 20) + 1); // zeros, without writing them
        }
        cases.add(FuzzCase.of("@FILE past 64 MiB", null, "at", "@" + sparse, "3").refused());
        if (Files.isReadable(Path.of("/dev/zero"))) {
            cases.add(FuzzCase.of("@FILE past 64 MiB", null, "table", "@/dev/zero").refused());
        }
        String a = "a".repeat(TEN_MB);
        String nines = "9".repeat(TEN_MB);
        cases.add(file(dir, "10 MB in a spec, text", a + "(x=1)").refused());
        cases.add(file(dir, "10 MB in a spec, text", "cosine(min_lr=" + nines + ", max_lr=2, cycle_length=100)")
                .refused());
        // a valid number, however long: 0.999... rounds to 1
        cases.add(file(dir, "10 MB in a spec, text", "cosine(min_lr=0." + nines + ", max_lr=2, cycle_length=100)"));
        cases.add(file(dir, "10 MB in a spec, text", "mxnet_factor(step=10, warmup_mode=" + a + ")").refused());
        String downwards = LongStream.rangeClosed(1, 1_300_000).map(i -> 1_300_001 - i).mapToObj(Long::toString)
                .collect(Collectors.joining(", ", "mxnet_multifactor(step=[", "])"));
        cases.add(file(dir, "10 MB in a spec, text", downwards).refused());
        cases.add(file(dir, "10 MB in a spec, JSON", "{\"type\": \"" + a + "\"}").refused());
        cases.add(file(dir, "10 MB in a spec, JSON", "{\"type\": \"cosine\", \"" + a + "\": 1}").refused());
        cases.add(file(dir, "10 MB in a spec, JSON", "{\"type\": \"cosine\", \"min_lr\": " + nines + "}").refused());
        cases.add(FuzzCase.of("10 MB argument", null, "at", a.substring(0, 120_000), "3").refused());
        cases.add(FuzzCase.of("10 MB argument", null, "table", "sgdr", "--" + a).refused());
        cases.add(FuzzCase.of("10 MB argument", null, "at", "sgdr", nines).refused());
        cases.add(FuzzCase.of("10 MB line on at's input", null, "at", "sgdr").withInput("7".repeat(TEN_MB)).refused());
        cases.add(FuzzCase.of("many steps", null, "at", "sgdr").withInput(LongStream.range(0, 100_000)
                .mapToObj(Long::toString).collect(Collectors.joining("\n"))));
        List<String> manySteps = new ArrayList<>(List.of("at", "sgdr"));
        LongStream.range(0, 20_000).mapToObj(Long::toString).forEach(manySteps::add);
        cases.add(FuzzCase.of("many steps", null, manySteps.toArray(String[]::new)));
        cases.add(FuzzCase.of("many steps", null, "table", "sgdr", "--count", "200000"));
        return cases;
    }

    private static FuzzCase file(Path dir, String kind, String spec) throws IOException {
        Path file = Files.writeString(dir.resolve("oversized-" + spec.hashCode()), spec);
        return FuzzCase.of(kind, spec, "at", "@" + file, "3");
    }
}
