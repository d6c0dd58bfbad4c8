package org.lrsched.nd4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lrsched.Schedule;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Sgd;

/** The README's ND4J snippet, as written there: one updater per iteration, one per epoch. */
class ReadmeExampleTest {

    @Test
    void nd4jSnippet() {
        Schedule cosine = Schedule.parse("cosine(min_lr=0, max_lr=1e-3, cycle_length=90)");
        IUpdater perIteration = new Sgd(LrschedSchedule.of(Schedule.parse("sgdr")));
        IUpdater perEpoch = new Adam(LrschedSchedule.perEpoch(cosine));

        assertThat(perIteration.getLearningRate(300, 2)).isEqualTo(Schedule.parse("sgdr").at(300));
        assertThat(perEpoch.getLearningRate(300, 2)).isEqualTo(cosine.at(2));
    }
}
