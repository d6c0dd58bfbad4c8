package org.lrsched.cli.bench;

import java.util.Locale;

/** Names fit for directories and files: lower-case words and numbers joined by '-'. */
final class Slug {
    private Slug() {}

    static String of(String text) {
        String slug = text.toLowerCase(Locale.ROOT)
                .replaceAll("\\((r|tm|c)\\)", " ") // Intel(R), Core(TM)
                .replaceAll("[^a-z0-9.]+", "-")
                .replaceAll("^[-.]+|[-.]+$", "");
        return slug.isEmpty() ? "unknown" : slug;
    }
}
