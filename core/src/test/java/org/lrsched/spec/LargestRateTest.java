package org.lrsched.spec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LargestRateTest {

    private static double upTo(String spec, long step) {
        return new LargestRate(ScheduleTypes.build(SpecText.parse(spec)).spec()).upTo(step);
    }

    @Test
    void theLargestRateTheSpecNames() {
        assertThat(upTo("one_cycle(start_lr=0.1, max_lr=0.5, cycle_length=9)", 0)).isEqualTo(0.5);
        assertThat(upTo("triangular(min_lr=-3, max_lr=2, cycle_length=10)", 5)).isEqualTo(3);
        assertThat(upTo("flax_triangular(lr_min=0.003, lr_max=0.03, steps_per_cycle=117)", 1000)).isEqualTo(0.03);
    }

    @Test
    void defaultsCount() {
        assertThat(upTo("mxnet_poly(max_update=30, pwr=0.5)", 0)).isEqualTo(0.01);
    }

    @Test
    void growingCycleMagnitudesScaleTheShapeUpToTheStepsCycle() {
        String growing = "cyclical(shape=cosine(min_lr=0.5, max_lr=1), cycle_length=10, cycle_magnitude_decay=2)";
        assertThat(upTo(growing, 9)).isEqualTo(1);
        assertThat(upTo(growing, 10)).isEqualTo(2);
        assertThat(upTo(growing, 35)).isEqualTo(8);
        String warmedUp = "linear_warmup(schedule=" + growing + ", start_lr=3, length=5)";
        assertThat(upTo(warmedUp, 0)).isEqualTo(3);
        assertThat(upTo(warmedUp, 35)).isEqualTo(8);
    }

    @Test
    void shrinkingMagnitudesKeepTheFirstCycles() {
        assertThat(upTo("cyclical(shape=cosine(min_lr=0.5, max_lr=1), cycle_length=10, cycle_magnitude_decay=0.5)",
                1000)).isEqualTo(1);
    }

    @Test
    void aCyclicalShapeUnderAWrapperIsScaledButNotTheWrappersRates() {
        String cooled = "linear_cooldown(schedule=cyclical(shape=cosine(min_lr=0.5, max_lr=1), cycle_length=10,"
                + " cycle_magnitude_decay=2), finish_lr=5, start_idx=100, length=10)";
        assertThat(upTo(cooled, 0)).isEqualTo(5);
        assertThat(upTo(cooled, 25)).isEqualTo(5);
        assertThat(upTo(cooled, 35)).isEqualTo(8);
    }

    @Test
    void anOverflowingMagnitudeIsInfinite() {
        assertThat(upTo("cyclical(shape=cosine(min_lr=0.5, max_lr=1), cycle_length=1, cycle_magnitude_decay=10)",
                400)).isInfinite();
    }
}
