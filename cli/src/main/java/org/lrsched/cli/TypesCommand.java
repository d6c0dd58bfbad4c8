package org.lrsched.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lrsched.Spec;
import org.lrsched.cli.io.CliError;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;
import org.lrsched.types.ScheduleTypes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;

/** {@code lrsched types [TYPE]}: the spec language's types, from their own declarations. */
@Command(name = "types", description = {"Lists every schedule type of the spec language with a line on what it is;",
        "with TYPE, its parameters (kind, default, what each means) and an example."})
final class TypesCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandSpec command;

    @Parameters(arity = "0..1", paramLabel = "TYPE", description = "A type name, e.g. cyclical.")
    private String type;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        if (type == null) {
            list(out);
        } else {
            describe(out);
        }
        out.flush();
        return 0;
    }

    private static void list(PrintWriter out) {
        List<ScheduleType<?>> all = List.copyOf(ScheduleTypes.schedules());
        int width = all.stream().mapToInt(t -> t.name().length()).max().orElse(0);
        for (ScheduleType<?> t : all) {
            out.println(String.format("%-" + width + "s  %s", t.name(), t.description()));
        }
        out.println();
        out.println("Cycle shapes, for cyclical(shape=...): " + String.join(", ",
                ScheduleTypes.shapes().stream().map(ScheduleType::name).toList()) + ". Details: lrsched types NAME.");
    }

    private void describe(PrintWriter out) {
        Optional<ScheduleType<?>> schedule = ScheduleTypes.find(type).map(t -> t);
        Optional<ScheduleType<?>> shape = ScheduleTypes.shapes().stream().filter(t -> t.name().equals(type))
                .<ScheduleType<?>>map(t -> t).findFirst();
        if (schedule.isEmpty() && shape.isEmpty()) {
            throw new CliError("unknown type '" + type + "'; types: " + String.join(", ", ScheduleTypes.names()));
        }
        schedule.ifPresent(t -> print(t, out));
        shape.ifPresent(t -> {
            if (schedule.isPresent()) {
                out.println();
                out.println("As a cycle shape (cyclical(shape=...)), without cycle_length:");
            }
            print(t, out);
        });
    }

    private static void print(ScheduleType<?> t, PrintWriter out) {
        out.println(t.name() + ": " + t.description());
        out.println();
        int width = t.params().stream().mapToInt(p -> p.name().length()).max().orElse(0);
        for (Param<?> p : t.params()) {
            out.println(String.format("  %-" + width + "s  %s", p.name(), p.description()));
            out.println(String.format("  %-" + width + "s  %s; %s", "", p.describeValue(), presence(p)));
        }
        if (t.example() != null) {
            out.println();
            out.println("example: " + t.example());
        }
    }

    private static <T> String presence(Param<T> p) {
        if (p.defaultValue() != null) {
            return "default " + Spec.print(p.kind().write(p.defaultValue()));
        }
        return p.required() ? "required" : "optional (None: left out)";
    }
}
