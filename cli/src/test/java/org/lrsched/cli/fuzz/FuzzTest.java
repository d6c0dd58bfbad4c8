package org.lrsched.cli.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile test of issue 16, kept: thousands of runs of the command on broken, deep, oversized and extreme
 * input, each held to the {@link Oracle} (an answer in time; exit 0, or exit 2 with one short line; never a
 * stack trace, an internal error or NaN), and broken pipes on real processes. Each group prints what it tried.
 * Tagged "fuzz": not part of {@code mvn verify};
 * CI runs it on its own: {@code mvn -B -ntp -pl cli -am test -Dgroups=fuzz -Dfuzz.excluded=none
 * -Dsurefire.failIfNoSpecifiedTests=false}. The random changes come from a seed, {@code -Dlrsched.fuzz.seed}
 * (16 unless given), so a failure can be replayed.
 */
@Tag("fuzz")
class FuzzTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final long SEED = Long.getLong("lrsched.fuzz.seed", 16);

    @TempDir
    Path dir;

    @Test
    void truncationsAndChangedCharacters() throws IOException {
        SplittableRandom random = new SplittableRandom(SEED);
        List<FuzzCase> cases = new ArrayList<>(Mutations.truncations());
        cases.addAll(Mutations.characterChanges(random, 60));
        cases.addAll(Mutations.bitFlips(random, 20, dir));
        assertNoFailures(run("truncations and changes, seed " + SEED, cases));
    }

    @Test
    void deepNesting() throws IOException {
        assertNoFailures(run("deep nesting", Nesting.cases(dir)));
    }

    @Test
    void oversizedInput() throws IOException {
        assertNoFailures(run("oversized input", Oversized.cases(dir)));
    }

    @Test
    void extremeNumbersInSpecs() {
        assertNoFailures(run("extreme numbers in specs", ExtremeNumbers.cases()));
    }

    @Test
    void extremeNumbersOnTheCommandLine() {
        assertNoFailures(run("extreme numbers on the command line",
                CommandLineNumbers.cases(dir.resolve("plot.png").toString())));
    }

    @Test
    void theReportsCommands() throws IOException {
        assertNoFailures(run("the reliability report's commands", ReportCommands.cases(dir)));
    }

    @Test
    void brokenPipes() throws Exception {
        Tally tally = new Tally("broken pipes, real processes");
        for (List<String> args : BrokenPipes.commands()) {
            FuzzCase c = new FuzzCase("broken pipe", null, args, new byte[0], false);
            Optional<Problem> problem = BrokenPipes.run(args);
            if (problem.isPresent()) {
                tally.failed(c, problem.get());
            } else {
                tally.ok(c);
            }
        }
        System.out.print(tally.report());
        assertNoFailures(tally);
    }

    /** Each case in turn. */
    private static Tally run(String group, List<FuzzCase> cases) {
        Tally tally = new Tally(group);
        for (FuzzCase c : cases) {
            long started = System.nanoTime();
            Optional<Problem> problem = Oracle.problem(c, InProcess.run(c, TIMEOUT));
            tally.took(c, System.nanoTime() - started);
            if (problem.isEmpty()) {
                tally.ok(c);
            } else {
                tally.failed(c, problem.get());
            }
        }
        System.out.print(tally.report());
        return tally;
    }

    private static void assertNoFailures(Tally tally) {
        assertThat(tally.failures()).as("cases that went wrong (the report above has them all)").isEmpty();
    }
}
