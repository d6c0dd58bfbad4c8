package org.lrsched.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code lrsched cycles} against the golden cycle boundaries of the seed code, and its errors. */
class CyclesCommandTest {

    private static String golden(String name) throws IOException {
        try (InputStream in = CyclesCommandTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void goldenBoundariesOfTheCyclicalPresets() throws IOException {
        assertThat(Cli.run("cycles", "cyclical_triangular", "--count", "1501").succeeded().out())
                .isEqualTo(golden("doc_mx_cyclical_triangular.boundaries.csv"));
        assertThat(Cli.run("cycles", "sgdr", "--count", "1501").succeeded().out())
                .isEqualTo(golden("doc_mx_sgdr.boundaries.csv"));
    }

    @Test
    void farRangesAndTheLastCycleBeforeTheLastLong() {
        String out = Cli.run("cycles", "cyclical(shape=cosine(min_lr=0, max_lr=1), cycle_length=1, cycle_length_decay=3)",
                "--from", "120", "--count", "2").succeeded().out();
        assertThat(out).isEqualTo("cycle_idx,start,length,end,magnitude\n4,40,81,121,1.0\n5,121,243,364,1.0\n");
        String last = Cli.run("cycles", "cyclical(shape=cosine(min_lr=0, max_lr=1), cycle_length=4611686018427387904,"
                + " cycle_length_decay=3)", "--from", "9223372036854775806", "--count", "2").succeeded().out();
        assertThat(last).endsWith("1,4611686018427387904,13835058055282163712,,1.0\n");
    }

    /** The peers' cycles, in the schedule's own steps: PyTorch's T_0 * T_mult^i, timm's limit and prefix. */
    @Test
    void thePeersCycles() {
        assertThat(Cli.run("cycles", "torch.CosineAnnealingWarmRestarts(lr=0.1, T_0=10, T_mult=2)", "--count", "80")
                .succeeded().out()).isEqualTo("cycle_idx,start,length,end,magnitude\n0,0,10,10,\n1,10,20,30,\n"
                        + "2,30,40,70,\n3,70,80,150,\n");
        // warmup_prefix: the warm-up opens cycle 0; from cycle_limit on, lr_min for ever: one more row, no scale
        assertThat(Cli.run("cycles", "timm.CosineLRScheduler(lr=0.1, t_initial=100, cycle_mul=2, cycle_decay=0.5,"
                + " cycle_limit=3, warmup_t=10, warmup_lr_init=1e-6, warmup_prefix=True)", "--count", "1000")
                .succeeded().out()).isEqualTo("cycle_idx,start,length,end,magnitude\n0,0,110,110,1.0\n"
                        + "1,110,200,310,0.5\n2,310,400,710,0.25\n3,710,,,\n");
    }

    /** Inside a warm-up the rows are the table's steps; a sequence shows each cyclic part's cycles in turn. */
    @Test
    void cyclicPartsAreFoundAndShifted() {
        assertThat(Cli.run("cycles", "linear_warmup(schedule=sgdr, start_lr=0, length=500)", "--from", "400",
                "--count", "1000").succeeded().out()).isEqualTo("cycle_idx,start,length,end,magnitude\n"
                        + "0,500,250,750,1.0\n1,750,500,1250,0.5\n2,1250,1000,2250,0.25\n");
        String parts = Cli.run("cycles", "sequence(schedules=[torch.CosineAnnealingWarmRestarts(lr=0.1, T_0=10),"
                + " constant(lr=0.01), torch.CosineAnnealingWarmRestarts(lr=0.1, T_0=7)], boundaries=[25, 40])",
                "--count", "50").succeeded().out();
        assertThat(parts).isEqualTo("cycle_idx,start,length,end,magnitude\n0,0,10,10,\n1,10,10,20,\n"
                + "2,20,10,30,\n0,40,7,47,\n1,47,7,54,\n");
    }

    @Test
    void aScheduleWithoutCyclesIsAnError() {
        Cli.run("cycles", "cosine_annealing").failedWith("no cyclical part");
    }

    /** The same --from and --count as every other command, and the same refusals. */
    @Test
    void theRangeIsTakenAsTheOtherCommandsTakeIt() {
        Cli.run("cycles", "sgdr", "--count", "-1").failedWith("--count must be >= 0, got -1");
        Cli.run("cycles", "sgdr", "--from", "9223372036854775800", "--count", "9")
                .failedWith("goes past the last step");
        assertThat(Cli.run("cycles", "sgdr", "--count", "0").succeeded().out())
                .isEqualTo("cycle_idx,start,length,end,magnitude\n");
    }
}
