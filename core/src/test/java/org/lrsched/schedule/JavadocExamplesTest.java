package org.lrsched.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lrsched.Schedule;

/** The constructor examples of the schedule types' Javadoc, as written there, build the specs written beside them. */
class JavadocExamplesTest {

    @Test
    void constructorsBuildTheSpecsTheirJavadocSays() {
        assertThat(new ConstantSchedule(0.001)).isEqualTo(Schedule.parse("constant(lr=0.001)"));
        assertThat(new CosineAnnealingSchedule(1, 2, CycleLength.of(1000)))
                .isEqualTo(Schedule.parse("cosine(min_lr=1, max_lr=2, cycle_length=1000)"));
        assertThat(new TriangularSchedule(1, 2, CycleLength.of(1000), 0.2))
                .isEqualTo(Schedule.parse("triangular(min_lr=1, max_lr=2, cycle_length=1000, inc_fraction=0.2)"));
        assertThat(new CyclicalSchedule(new CosineShape(0.01, 2), CycleLength.of(250), Decay.whole(2), 0.5))
                .isEqualTo(Schedule.parse("sgdr"));
        assertThat(new CyclicalSchedule(new TriangularShape(0.5, 2, 0.5), CycleLength.of(500), 1, 1))
                .isEqualTo(Schedule.parse("cyclical_triangular"));
        assertThat(new FlaxTriangularSchedule(0.003, 0.03, 117)).isEqualTo(Schedule.parse("flax_triangular"));
        assertThat(new LinearWarmUp(new CosineAnnealingSchedule(0, 0.1, CycleLength.of(10_000)), 0, 500))
                .isEqualTo(Schedule.parse("linear_warmup(schedule=cosine(min_lr=0, max_lr=0.1, cycle_length=10000),"
                        + " start_lr=0, length=500)"));
        Schedule multiFactor = new MxnetMultiFactorScheduler(new long[] {250, 750, 900}, 0.5, 1, MxnetWarmup.NONE);
        assertThat(multiFactor).isEqualTo(Schedule.parse("mxnet_multifactor(step=[250, 750, 900], factor=0.5,"
                + " base_lr=1)"));
        assertThat(new LinearCoolDown(multiFactor, 0.001, 1000, 500)).isEqualTo(Schedule.parse("cooldown_multifactor"));
        assertThat(new MxnetFactorScheduler(250, 0.5, 1e-8, 0.1, MxnetWarmup.NONE))
                .isEqualTo(Schedule.parse("mxnet_factor(step=250, factor=0.5, base_lr=0.1)"));
        assertThat(new MxnetPolyScheduler(1000, 0.1, 2, 0, MxnetWarmup.NONE))
                .isEqualTo(Schedule.parse("mxnet_poly(max_update=1000, base_lr=0.1, pwr=2, final_lr=0)"));
        assertThat(new MxnetCosineScheduler(1000, 0.1, 0.001, new MxnetWarmup(100, 0, MxnetWarmup.Mode.LINEAR)))
                .isEqualTo(Schedule.parse("mxnet_cosine(max_update=1000, base_lr=0.1, final_lr=0.001,"
                        + " warmup_steps=100)"));
        assertThat(new OneCycleSchedule(0.1, 0.5, 500, 750, 0.001)).isEqualTo(Schedule.parse("one_cycle"));
        assertThat(new OneCycleSchedule(0.1, 0.5, 500, 0, null))
                .isEqualTo(Schedule.parse("one_cycle(start_lr=0.1, max_lr=0.5, cycle_length=500)"));
        Schedule warm = new LinearWarmUp(new ConstantSchedule(0.1), 0, 100);
        assertThat(new SequenceSchedule(List.of(warm, new CosineAnnealingSchedule(0, 0.1, CycleLength.of(900))),
                new long[] {100})).isEqualTo(Schedule.parse("sequence(schedules=[linear_warmup(schedule=constant("
                        + "lr=0.1), start_lr=0, length=100), cosine(min_lr=0, max_lr=0.1, cycle_length=900)],"
                        + " boundaries=[100])"));
    }
}
