package org.lrsched.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lrsched.cli.table.AvailableKernels;
import org.lrsched.formula.Cosine;
import org.lrsched.formula.Formula;
import org.lrsched.formula.MulDiv;
import org.lrsched.formula.Out;
import org.lrsched.table.Kernel;
import org.lrsched.table.Kernels;
import org.lrsched.types.Presets;

/** {@code lrsched verify}: PASS where the kernels keep the contract, FAIL and exit 1 where one does not. */
class VerifyCommandTest {

    static List<String> presets() {
        return List.copyOf(Presets.all().keySet());
    }

    @ParameterizedTest
    @MethodSource("presets")
    void everyPresetPasses(String preset) {
        String report = Cli.run("verify", preset, "--count", "200000").succeeded().out();

        assertThat(report).contains("schedule: " + preset + " = ", "steps 0 to 199,999 (200,000 steps)")
                .endsWith("\nPASS\n").doesNotContain("FAIL");
        for (String kernel : new String[] {"reference", "scalar", "vector"}) {
            assertThat(report).containsPattern(kernel + " +double .* PASS\n")
                    .containsPattern(kernel + " +float .* PASS\n");
        }
    }

    @Test
    void sgdrReportsItsCyclesTheBoundAndTheTutorialsLoop() {
        String report = Cli.run("verify", "sgdr", "--count", "100000").succeeded().out();

        assertThat(report).contains("cycles crossed: 9 cycles (cycle 0 to 8)", "2^-50 x 2.0",
                "tutorial's loop (CyclicalLoop): PASS", "own steps 0 to 99,999");
    }

    @Test
    void exactSchedulesOweBitIdentity() {
        String report = Cli.run("verify", "flax_triangular", "--count", "10000").succeeded().out();

        assertThat(report).contains("no cos or pow", "cycles crossed: 86 cycles (cycle 0 to 85)")
                .containsPattern("vector +float +bit-identical +0 +0 +PASS")
                .contains("Bit identity is owed").doesNotContain("ulps: for float tables");
    }

    /**
     * A warm-up into a cosine down to 0: its tail is near 0, where an error far inside the bound is 10^10 ulps.
     * The report gives the fraction of the bound and the absolute error; ulps only for floats, and why.
     */
    @Test
    void errorsAreInTheContractsUnitAndUlpsOnlyWhereTheyMeanSomething() {
        String report = Cli.run("verify", "linear_warmup(schedule=cosine(min_lr=0, max_lr=3e-4, cycle_length=998000),"
                + " start_lr=0, length=2000)", "--count", "1000000").succeeded().out();

        assertThat(report).contains("kernel     precision  error / bound  largest error   ulps  result",
                "to read against the largest |lr|, 3.0E-4.", "a double table's bound is absolute",
                "near 0 an ulp is tiny")
                .containsPattern("vector +double +0\\.\\d+ +\\d\\.\\d\\de-\\d+ +- +PASS")
                .containsPattern("The most: vector double at step [\\d,]+, where at\\(\\) is \\S+e-15: "
                        + "\\S+e\\+\\d+ ulps,");
    }

    @Test
    void theLoopIsSkippedWhenItWouldTakeLongAndSaysSo() {
        String report = Cli.run("verify", "cyclical_triangular", "--from", "1000000000", "--count", "100000")
                .succeeded().out();

        assertThat(report)
                .contains("tutorial's loop (CyclicalLoop): skipped: the loop would walk about 2.0e+11 cycles");
    }

    /** The loop over the steps overflowed past the last one. */
    @Test
    void aRangeEndingAtTheLastStep() {
        String report = Cli.run("verify", "sgdr", "--from", String.valueOf(Long.MAX_VALUE - 7), "--count", "8")
                .succeeded().out();

        assertThat(report).contains("tutorial's loop (CyclicalLoop): PASS", "own steps 9,223,372,036,854,775,800 to"
                + " 9,223,372,036,854,775,807").endsWith("\nPASS\n");
    }

    @Test
    void aWarmUpShiftsTheCyclicalSchedulesOwnSteps() {
        String report = Cli.run("verify", "linear_warmup(schedule=cyclical(shape=triangular(min_lr=1, max_lr=2),"
                + " cycle_length=100.5, cycle_length_decay=1.5), start_lr=0, length=100)", "--count", "5000")
                .succeeded().out();

        assertThat(report).contains("own steps 1 to 4,899", "tutorial's loop (CyclicalLoop): PASS");
    }

    @Test
    void aBrokenKernelFailsWithExitCode1() {
        Cli.Result result = Cli.runWithKernels(withKernels(Kernels.REFERENCE, new BrokenKernel()),
                "verify", "one_cycle", "--count", "3000");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).isEmpty();
        assertThat(result.out()).containsPattern("broken +double .* FAIL: \\d+ steps, first at step 501")
                .endsWith("\nFAIL\n");
    }

    @Test
    void aBrokenKernelStillPassesWhereItIsNeverUsed() {
        Cli.Result result = Cli.runWithKernels(withKernels(new BrokenKernel()), "verify", "slanted_triangular",
                "--count", "1000");

        assertThat(result.exitCode()).as(result.out()).isZero(); // triangle ramps only: no linear warm-up or cool-down
    }

    @Test
    void errorsExitWith2() {
        Cli.run("verify", "sgdr", "--count", "-5").failedWith("--count must be >= 0, got -5");
        Cli.run("verify", "nope").failedWith("unknown preset 'nope'");
        Cli.run("verify", "cyclical(shape=cosine(min_lr=1, max_lr=2), cycle_length=1, cycle_magnitude_decay=1e10)",
                "--count", "100").failedWith("cycle_magnitude_decay ** 31 overflows");
    }

    /** Verify and demo check these kernels instead of the JVM's. */
    static Supplier<AvailableKernels> withKernels(Kernel... kernels) {
        AvailableKernels chosen = new AvailableKernels(List.of(kernels), List.of());
        return () -> chosen;
    }

    /**
     * The scalar kernel, except that its linear ramps come out one ulp high (bit identity owed) and the first value
     * of each cosine piece 2^-20 high (far past the contract's bound).
     */
    static final class BrokenKernel implements Kernel {
        @Override
        public String name() {
            return "broken";
        }

        @Override
        public void fill(Out out, int at, int n, long y0, int direction, Formula formula) {
            formula.fill(out, at, n, y0, direction);
            if (formula instanceof MulDiv) {
                for (int i = 0; i < n; i++) {
                    double v = formula.value(y0 + (long) direction * i);
                    if (out instanceof Out.Floats f) {
                        f.values[at + i] = Math.nextUp((float) v);
                    } else {
                        out.put(at + i, Math.nextUp(v));
                    }
                }
            }
            if (formula instanceof Cosine && n > 0) {
                double v = formula.value(y0);
                out.put(at, v * (1 + 0x1p-20));
            }
        }
    }
}
