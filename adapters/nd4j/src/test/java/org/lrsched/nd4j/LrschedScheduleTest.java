package org.lrsched.nd4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lrsched.Schedule;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.ScheduleType;

/** The schedule inside ND4J's updater configurations, per iteration and per epoch, as ND4J asks for its rate. */
class LrschedScheduleTest {
    private static final Schedule SGDR = Schedule.parse("sgdr");

    @Test
    void anSgdUpdaterTakesTheRateOfEachIteration() {
        IUpdater sgd = new Sgd(LrschedSchedule.of(SGDR));
        assertThat(sgd.hasLearningRate()).isTrue();
        for (int iteration = 0; iteration < 2000; iteration++) {
            assertThat(sgd.getLearningRate(iteration, iteration / 100)).as("iteration %d", iteration)
                    .isEqualTo(SGDR.at(iteration));
        }
        assertThat(sgd.getLearningRate(Integer.MAX_VALUE, 0)).isEqualTo(SGDR.at(Integer.MAX_VALUE));
    }

    @Test
    void aPerEpochScheduleTakesTheRateOfEachEpoch() {
        Schedule cosine = Schedule.parse("cosine(min_lr=0, max_lr=0.01, cycle_length=90)");
        IUpdater adam = new Adam(LrschedSchedule.perEpoch(cosine));
        for (int epoch = 0; epoch < 100; epoch++) {
            assertThat(adam.getLearningRate(epoch * 469 + 17, epoch)).as("epoch %d", epoch)
                    .isEqualTo(cosine.at(epoch));
        }
        assertThat(LrschedSchedule.perEpoch(cosine).getScheduleType()).isEqualTo(ScheduleType.EPOCH);
        assertThat(LrschedSchedule.of(ScheduleType.EPOCH, cosine)).isEqualTo(LrschedSchedule.perEpoch(cosine));
    }

    @Test
    void aNegativeStepIsRefusedAsAtRefusesIt() {
        assertThatThrownBy(() -> LrschedSchedule.of(SGDR).valueAt(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itIsStoredAsItsTextSpec() {
        LrschedSchedule schedule = LrschedSchedule.of(SGDR);
        assertThat(schedule.getSpec()).isEqualTo(SGDR.toString());
        assertThat(schedule.schedule()).isSameAs(SGDR);
        assertThat(new LrschedSchedule(ScheduleType.ITERATION, "sgdr")).isEqualTo(schedule)
                .hasSameHashCodeAs(schedule);
        assertThat(schedule).hasToString("LrschedSchedule(ITERATION, " + SGDR + ")");
        assertThatThrownBy(() -> new LrschedSchedule(ScheduleType.ITERATION, "cosine(min_lr=0)"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max_lr");
    }

    @Test
    void aCloneIsEqualAndGivesTheSameRates() {
        ISchedule schedule = LrschedSchedule.of(SGDR);
        ISchedule clone = schedule.clone();
        assertThat(clone).isNotSameAs(schedule).isEqualTo(schedule);
        for (int iteration : new int[] {0, 249, 250, 1 << 20}) {
            assertThat(clone.valueAt(iteration, 0)).isEqualTo(schedule.valueAt(iteration, 0));
        }
        assertThat(new Sgd(schedule).clone()).isEqualTo(new Sgd(schedule));
    }
}
