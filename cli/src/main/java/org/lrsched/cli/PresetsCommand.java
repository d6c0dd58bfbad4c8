package org.lrsched.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lrsched.Spec;
import org.lrsched.cli.spec.JsonSpec;
import org.lrsched.types.Presets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code lrsched presets}: the documents' example schedules, by name. */
@Command(name = "presets",
        description = "Lists each preset's name and its spec, with every parameter including the defaults.")
final class PresetsCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandSpec command;

    @Option(names = "--json", description = "Print the specs as JSON instead of the text form.")
    private boolean json;

    @Override
    public Integer call() {
        Map<String, String> presets = Presets.all();
        int width = presets.keySet().stream().mapToInt(String::length).max().orElse(0);
        PrintWriter out = command.commandLine().getOut();
        for (String name : presets.keySet()) {
            Spec spec = Presets.get(name).spec();
            out.println(String.format("%-" + width + "s  %s", name, json ? JsonSpec.print(spec) : spec));
        }
        out.flush();
        return 0;
    }
}
