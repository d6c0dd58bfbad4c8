package org.lrsched.cli;

import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.lrsched.cli.io.Progress;
import org.lrsched.cli.io.StandardStreams;
import org.lrsched.cli.spec.NamedSchedule;
import org.lrsched.cli.spec.SpecArgument;
import org.lrsched.cli.table.AvailableKernels;
import org.lrsched.cli.table.KernelOption;
import org.lrsched.cli.table.StepRange;
import org.lrsched.cli.verify.Verification;
import org.lrsched.cli.verify.VerifyReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lrsched verify}: every kernel's tables against the schedule's own {@code at}, under the contract. */
@Command(name = "verify",
        description = {"Checks every kernel this JVM offers (reference, scalar, vector), in double and float, over"
                + " steps --from .. --from + --count - 1 against the schedule's at(), under the equivalence"
                + " contract (docs/DESIGN.md), and for a cyclical schedule at() against the tutorial's literal loop (when"
                + " that loop finishes quickly). Prints the largest error of each as a fraction of the contract's"
                + " bound and as an absolute error (in ulps too where the bound is in ulps: bit identity, or a float"
                + " table's one ulp), and PASS or FAIL.",
            "Exit status 1 when a check fails."})
final class VerifyCommand implements Callable<Integer> {
    private final StandardStreams streams;
    private final Supplier<AvailableKernels> kernels;

    @CommandLine.Spec
    private CommandSpec command;

    @Parameters(paramLabel = "SPEC", description = SpecArgument.DESCRIPTION)
    private String spec;

    @Mixin
    private RangeOption steps = new RangeOption(1_000_000);

    @Mixin
    private ProgressOption progress;

    VerifyCommand(CommandContext context) {
        this.streams = context.streams();
        this.kernels = context.kernels();
    }

    @Override
    public Integer call() {
        NamedSchedule named = NamedSchedule.of(spec);
        StepRange range = steps.range();
        AvailableKernels available = kernels.get();
        Verification verification;
        try (Progress bar = progress.start(streams.err(), "lrsched verify", range.count())) {
            verification = Verification.run(named.schedule(), range, available.kernels(), bar);
        }
        VerifyReport.print(verification, named.name(), available.notes(), KernelOption.preferred(),
                command.commandLine().getOut());
        return verification.passed() ? 0 : 1;
    }
}
