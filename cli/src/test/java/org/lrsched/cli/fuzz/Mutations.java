package org.lrsched.cli.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Valid specs made invalid, or different: cut at every position, characters replaced, deleted, inserted or
 * repeated, and bits flipped in a spec file (which may then be no longer UTF-8).
 */
final class Mutations {
    /** The specs mutated: every kind of value (a nested schedule, a list, a mode, reals and integers). */
    static final List<String> SPECS = List.of(
            "cyclical(shape=cosine(min_lr=0.01, max_lr=2), cycle_length=250, cycle_length_decay=2,"
                    + " cycle_magnitude_decay=0.5)",
            "linear_warmup(schedule=mxnet_multifactor(step=[250, 750, 900], factor=0.5, base_lr=1), start_lr=0,"
                    + " length=250)",
            "mxnet_factor(step=10, factor=0.5, base_lr=1, warmup_steps=5, warmup_mode=constant)",
            "{\"type\": \"cyclical\", \"shape\": {\"type\": \"triangular\", \"min_lr\": 0.5, \"max_lr\": 2},"
                    + " \"cycle_length\": 500, \"cycle_length_decay\": 1.5}",
            "{\"type\": \"linear_cooldown\", \"schedule\": {\"type\": \"mxnet_multifactor\", \"step\": [250, 750],"
                    + " \"factor\": 0.5, \"base_lr\": 1}, \"finish_lr\": 0.001, \"start_idx\": 1000, \"length\": 500}");
    /** Characters that matter to the parsers, and some that only look as if they did. */
    private static final String ALPHABET = "()[]{}=,.\"':;-+_eE0123456789 \t\nxNaIf\u0000\u00a0\u3000\u2028"
            + "\u0661\uff11\u00e9\ud83d\ude00";

    private Mutations() {}

    static List<FuzzCase> truncations() {
        List<FuzzCase> cases = new ArrayList<>();
        for (String spec : SPECS) {
            for (int end = 0; end < spec.length(); end++) {
                String cut = spec.substring(0, end);
                cases.addAll(Commands.of(kind("truncated", spec), cut, cut));
            }
        }
        return cases;
    }

    static List<FuzzCase> characterChanges(SplittableRandom random, int perSpec) {
        List<FuzzCase> cases = new ArrayList<>();
        for (String spec : SPECS) {
            for (int i = 0; i < perSpec; i++) {
                String changed = change(spec, random);
                cases.addAll(Commands.of(kind("characters changed", spec), changed, changed));
            }
        }
        return cases;
    }

    /** Through a file, where any byte can go (an argument holds no NUL and only valid text). */
    static List<FuzzCase> bitFlips(SplittableRandom random, int perSpec, Path dir) throws IOException {
        List<FuzzCase> cases = new ArrayList<>();
        for (String spec : SPECS) {
            for (int i = 0; i < perSpec; i++) {
                byte[] bytes = spec.getBytes(StandardCharsets.UTF_8);
                int flips = 1 + random.nextInt(3);
                for (int f = 0; f < flips; f++) {
                    bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
                }
                Path file = Files.write(dir.resolve("flipped-" + cases.size() + ".spec"), bytes);
                String asText = new String(bytes, StandardCharsets.UTF_8);
                cases.addAll(Commands.of(kind("bits flipped, @FILE", spec), asText, "@" + file));
            }
        }
        return cases;
    }

    private static String kind(String what, String spec) {
        return what + (spec.stripLeading().startsWith("{") ? ", JSON" : ", text");
    }

    private static String change(String spec, SplittableRandom random) {
        StringBuilder text = new StringBuilder(spec);
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes && text.length() > 0; i++) {
            int at = random.nextInt(text.length());
            String c = String.valueOf(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            switch (random.nextInt(4)) {
                case 0 -> text.replace(at, at + 1, c);
                case 1 -> text.deleteCharAt(at);
                case 2 -> text.insert(at, c);
                default -> {
                    int end = Math.min(text.length(), at + 1 + random.nextInt(20));
                    text.insert(end, text.substring(at, end));
                }
            }
        }
        return text.toString();
    }
}
