package org.lrsched.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lrsched.Schedule;

/** The tracker inside DJL's SGD optimizer, as a DJL user sets it up, and called directly. */
class LrschedTrackerTest {
    private static final Schedule SGDR = Schedule.parse("sgdr");

    private static List<Float> at(long first, int count) {
        List<Float> rates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rates.add((float) SGDR.at(first + i));
        }
        return rates;
    }

    @Test
    void eachSgdUpdateGetsTheRateOfItsStepCountingFromOne() {
        Optimizer sgd = Optimizer.sgd().setLearningRateTracker(LrschedTracker.of(SGDR)).build();
        RecordingEngine engine = new RecordingEngine();
        NDArray weight = engine.weight();
        for (int i = 0; i < 1000; i++) { // past the first cycle's end at step 250
            sgd.update("weight", weight, engine.gradient());
        }
        assertThat(engine.learningRates).isEqualTo(at(1, 1000));
    }

    @Test
    void eachParameterCountsItsOwnUpdates() {
        Optimizer sgd = Optimizer.sgd().setLearningRateTracker(LrschedTracker.of(SGDR)).build();
        RecordingEngine weights = new RecordingEngine();
        RecordingEngine biases = new RecordingEngine();
        for (int i = 0; i < 300; i++) {
            sgd.update("weight", weights.weight(), weights.gradient());
            sgd.update("bias", biases.weight(), biases.gradient());
        }
        assertThat(weights.learningRates).isEqualTo(at(1, 300));
        assertThat(biases.learningRates).isEqualTo(at(1, 300));
    }

    @Test
    void beginningAtMinusOneStartsTheScheduleAtStepZero() {
        Optimizer sgd = Optimizer.sgd().setLearningRateTracker(LrschedTracker.of(SGDR)).optBeginNumUpdate(-1).build();
        RecordingEngine engine = new RecordingEngine();
        for (int i = 0; i < 10; i++) {
            sgd.update("weight", engine.weight(), engine.gradient());
        }
        assertThat(engine.learningRates).isEqualTo(at(0, 10));
    }

    @Test
    void theValueIsAtRoundedToFloatAtEveryIntStep() {
        Tracker tracker = LrschedTracker.of(SGDR);
        for (int step : new int[] {0, 1, 249, 250, 251, 749, 750, 1 << 30, Integer.MAX_VALUE}) {
            assertThat(tracker.getNewValue(step)).as("step %d", step).isEqualTo((float) SGDR.at(step));
            assertThat(tracker.getNewValue("weight", step)).isEqualTo((float) SGDR.at(step));
        }
    }

    @Test
    void aNegativeUpdateIsRefusedAsAtRefusesIt() {
        assertThatThrownBy(() -> LrschedTracker.of(SGDR).getNewValue(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itSaysWhichScheduleItFollows() {
        LrschedTracker tracker = LrschedTracker.of(SGDR);
        assertThat(tracker.schedule()).isSameAs(SGDR);
        assertThat(tracker).hasToString("LrschedTracker(" + SGDR + ")");
    }
}
