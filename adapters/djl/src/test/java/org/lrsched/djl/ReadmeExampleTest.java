package org.lrsched.djl;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.training.optimizer.Optimizer;
import org.junit.jupiter.api.Test;
import org.lrsched.Schedule;

/** The README's DJL snippet, as written there: the first update of each parameter gets the rate of step 0. */
class ReadmeExampleTest {

    @Test
    void djlSnippet() {
        Optimizer sgd = Optimizer.sgd()
                .setLearningRateTracker(LrschedTracker.of(Schedule.parse("sgdr")))
                .optBeginNumUpdate(-1)                        // the first update of each parameter is step 0
                .build();

        RecordingEngine engine = new RecordingEngine();
        sgd.update("weight", engine.weight(), engine.gradient());
        sgd.update("bias", engine.weight(), engine.gradient());
        sgd.update("weight", engine.weight(), engine.gradient());
        Schedule sgdr = Schedule.parse("sgdr");
        assertThat(engine.learningRates).containsExactly((float) sgdr.at(0), (float) sgdr.at(0), (float) sgdr.at(1));
    }
}
