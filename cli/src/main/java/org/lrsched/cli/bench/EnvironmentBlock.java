package org.lrsched.cli.bench;

import java.util.List;

/** A run's environment as a two-column table: the machine, the JVM and its flags, the code, the settings. */
final class EnvironmentBlock {
    private EnvironmentBlock() {}

    static String render(StoredRun run) {
        MarkdownTable table = MarkdownTable.text(List.of("environment", ""));
        table.row(List.of("CPU", run.env("cpu", "model") + " (family " + run.env("cpu", "family") + ", model "
                + run.env("cpu", "modelNumber") + ", stepping " + run.env("cpu", "stepping") + "), "
                + run.env("cpu", "logicalCpus") + " logical CPUs"));
        table.row(List.of("vector flags", String.join(" ", run.envList("cpu", "vectorFlags"))));
        table.row(List.of("JDK", run.env("jdk", "vendor") + " " + run.env("jdk", "runtimeVersion") + " ("
                + run.env("jdk", "vmName") + "), " + run.env("jdk", "home")));
        table.row(List.of("OS", run.env("os", "name") + " " + run.env("os", "version") + " " + run.env("os", "arch")));
        table.row(List.of("kernel", run.env("kernel")));
        List<String> flags = run.envList("jvmFlags");
        table.row(List.of("added JVM flags", flags.isEmpty() ? "none" : "`" + String.join(" ", flags) + "`"));
        table.row(List.of("measurement", run.results().isEmpty() ? "" : run.results().get(0).settings()));
        table.row(List.of("date", run.env("date")));
        List<String> changes = run.envList("git", "uncommittedChanges");
        table.row(List.of("commit", "`" + run.env("git", "commit") + "`"
                + (changes.isEmpty() ? "" : " with " + changes.size() + " uncommitted change(s)")));
        table.row(List.of("benchmarks.jar sha256", "`" + run.env("benchmarksJar", "sha256") + "`"));
        return table.toString();
    }
}
