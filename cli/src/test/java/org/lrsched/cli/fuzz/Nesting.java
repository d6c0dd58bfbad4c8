package org.lrsched.cli.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Schedules wrapped in schedules, objects in objects and lists in lists, up to and past the limit of 100 levels:
 * beyond it every spec must be refused in one line, never overflow the stack.
 */
final class Nesting {
    private static final String INNER_TEXT = "cosine(min_lr=1, max_lr=2, cycle_length=100)";
    private static final String INNER_JSON =
            "{\"type\": \"cosine\", \"min_lr\": 1, \"max_lr\": 2, \"cycle_length\": 100}";
    private static final String WARMUP_JSON =
            "{\"type\": \"linear_warmup\", \"start_lr\": 0, \"length\": 1, \"schedule\": ";
    private static final int[] DEPTHS = {2, 99, 100, 101, 1_000, 2_000, 100_000};

    private Nesting() {}

    static List<FuzzCase> cases(Path dir) throws IOException {
        List<FuzzCase> cases = new ArrayList<>();
        for (int depth : DEPTHS) {
            String text = "linear_warmup(schedule=".repeat(depth - 1) + INNER_TEXT
                    + ", start_lr=0, length=1)".repeat(depth - 1);
            cases.add(run("warm-ups nested, text", text, dir, false));
            String json = WARMUP_JSON.repeat(depth - 1) + INNER_JSON + "}".repeat(depth - 1);
            cases.add(run("warm-ups nested, JSON", json, dir, depth > 100));
            String lists = "{\"type\": \"mxnet_multifactor\", \"step\": " + "[".repeat(depth) + "1"
                    + "]".repeat(depth) + "}";
            cases.add(run("lists nested, JSON", lists, dir, true)); // steps are a flat list
        }
        String unclosed = "a(b=".repeat(200_000);
        cases.add(run("unclosed calls, text", unclosed, dir, true));
        cases.add(run("unclosed objects, JSON", "{\"a\": ".repeat(200_000), dir, true));
        return cases;
    }

    /** Through a file: the deepest are longer than an argument may be. */
    private static FuzzCase run(String kind, String spec, Path dir, boolean mustRefuse) throws IOException {
        Path file = Files.writeString(dir.resolve("nested-" + kind.replaceAll("\\W", "") + spec.length()), spec);
        FuzzCase c = FuzzCase.of(kind, spec, "at", "@" + file, "3");
        return mustRefuse ? c.refused() : c;
    }
}
