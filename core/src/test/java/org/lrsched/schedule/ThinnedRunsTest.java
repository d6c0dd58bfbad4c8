package org.lrsched.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Run tables that keep only a few runs, so that nearly every lookup walks from a kept run across runs that were
 * dropped (in the real table only decays just above 1 are thinned, and only past millions of runs): every cycle
 * boundary the recurrence reaches, steps inside cycles, and far steps against a table of the full size.
 */
class ThinnedRunsTest {
    /** Keeps 2 to 4 runs: a walk crosses a quarter of the runs found so far or more (so: early cycles only). */
    private static final int TINY = 4;
    /** Keeps 512 to 1024 runs: short enough walks to look up far steps many times. */
    private static final int SMALL = 1024;

    static Object[][] laws() {
        return new Object[][] {
            {1L, Decay.real(1.0000005)}, {1L, Decay.real(1.0000001)}, {1L, Decay.real(1.001)},
            {3L, Decay.real(1.01)}, {7L, Decay.real(1.1)}, {1L, Decay.real(2)}, {1L, Decay.whole(3)},
            {1000L, Decay.real(0.9)}, {1L << 40, Decay.real(0.999)}, {1L << 40, Decay.real(0.9999999)},
            {250L, Decay.real(1)}, {2L, Decay.real(1.5)}, {100L, Decay.real(1.0001)},
        };
    }

    @ParameterizedTest(name = "L0={0} decay={1}")
    @MethodSource("laws")
    void boundariesMatchTheRecurrence(long firstLength, Decay decay) {
        CycleLengths lengths = new CycleLengths(CycleLength.of(firstLength), decay);
        LengthRuns tiny = new LengthRuns(firstLength, lengths, TINY);
        LengthRuns small = new LengthRuns(firstLength, lengths, SMALL);
        SplittableRandom random = new SplittableRandom(firstLength);
        long index = 0;
        long start = 0;
        long length = firstLength;
        for (int walked = 0; walked < 3_000_000 && start <= Long.MAX_VALUE - length; walked++) {
            if (walked < 2000 || random.nextInt(64) == 0) { // every boundary first, then a sample
                Cycle expected = new Cycle(index, start, length);
                for (LengthRuns thinned : walked < 100_000 ? new LengthRuns[] {tiny, small} : new LengthRuns[] {small}) {
                    assertThat(thinned.find(start)).isEqualTo(expected);
                    assertThat(thinned.find(start + length / 2)).isEqualTo(expected);
                    assertThat(thinned.find(start + length - 1)).isEqualTo(expected);
                }
            }
            start += length;
            length = lengths.next(length);
            index++;
        }
    }

    @Tag("exhaustive")
    @ParameterizedTest(name = "L0={0} decay={1}")
    @MethodSource("laws")
    void farStepsMatchTheFullSizeTable(long firstLength, Decay decay) {
        CycleLengths lengths = new CycleLengths(CycleLength.of(firstLength), decay);
        LengthRuns thinned = new LengthRuns(firstLength, lengths, SMALL);
        LengthRuns kept = new LengthRuns(firstLength, lengths);
        SplittableRandom random = new SplittableRandom(firstLength ^ Double.doubleToLongBits(decay.asDouble()));
        for (int i = 0; i < 20_000; i++) {
            long step = random.nextLong(Long.MAX_VALUE) >>> random.nextInt(40);
            assertThat(thinned.find(step)).as("step %d", step).isEqualTo(kept.find(step));
        }
    }
}
