package org.lrsched.cli.bench;

import java.util.ArrayList;
import java.util.List;

/** A GitHub markdown table: the first column left-aligned, the others right-aligned as numbers, or left as text. */
final class MarkdownTable {
    private final List<String> header;
    private final boolean numbers;
    private final List<List<String>> rows = new ArrayList<>();

    /** A table of numbers after the first column. */
    MarkdownTable(List<String> header) {
        this(header, true);
    }

    private MarkdownTable(List<String> header, boolean numbers) {
        this.header = List.copyOf(header);
        this.numbers = numbers;
    }

    /** A table of text: every column left-aligned. */
    static MarkdownTable text(List<String> header) {
        return new MarkdownTable(header, false);
    }

    MarkdownTable row(List<String> cells) {
        rows.add(List.copyOf(cells));
        return this;
    }

    @Override
    public String toString() {
        StringBuilder table = new StringBuilder();
        line(table, header);
        List<String> rule = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            rule.add(i == 0 || !numbers ? "---" : "---:");
        }
        line(table, rule);
        rows.forEach(row -> line(table, row));
        return table.toString();
    }

    private static void line(StringBuilder table, List<String> cells) {
        table.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
}
