package org.lrsched.nd4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;
import org.lrsched.Schedule;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.serde.json.JsonMappers;
import org.nd4j.shade.jackson.databind.ObjectMapper;

/** An updater configuration holding the schedule reads back equal, through ND4J's JSON and Java serialization. */
class SerializationTest {
    private static final Schedule WARM_COSINE = Schedule.parse("linear_warmup(schedule=cosine(min_lr=0, max_lr=0.1,"
            + " cycle_length=10000), start_lr=0, length=500)");

    @Test
    void anUpdaterRoundTripsThroughNd4jsJson() throws IOException {
        ObjectMapper nd4j = JsonMappers.getMapper(); // fields, not getters, as DL4J's configurations are written
        IUpdater sgd = new Sgd(LrschedSchedule.of(WARM_COSINE));
        String json = nd4j.writeValueAsString(sgd);
        assertThat(json).contains("\"@class\" : \"org.lrsched.nd4j.LrschedSchedule\"")
                .contains("\"scheduleType\" : \"ITERATION\"")
                .contains("\"spec\" : \"" + WARM_COSINE + "\"");

        IUpdater read = nd4j.readValue(json, IUpdater.class);
        assertThat(read).isEqualTo(sgd);
        for (int iteration : new int[] {0, 1, 499, 500, 501, 10_500, 1 << 30}) {
            assertThat(read.getLearningRate(iteration, 0)).isEqualTo(WARM_COSINE.at(iteration));
        }
    }

    @Test
    void theScheduleRoundTripsThroughAPlainMapperToo() throws IOException {
        ObjectMapper plain = new ObjectMapper(); // getters and creators, Jackson's defaults
        ISchedule perEpoch = LrschedSchedule.perEpoch(WARM_COSINE);
        ISchedule read = plain.readValue(plain.writeValueAsString(perEpoch), ISchedule.class);
        assertThat(read).isEqualTo(perEpoch);
        assertThat(read.valueAt(0, 700)).isEqualTo(WARM_COSINE.at(700));
    }

    @Test
    void anUpdaterRoundTripsThroughJavaSerialization() throws Exception {
        IUpdater sgd = new Sgd(LrschedSchedule.of(WARM_COSINE));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(sgd);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            IUpdater read = (IUpdater) in.readObject();
            assertThat(read).isEqualTo(sgd);
            assertThat(read.getLearningRate(600, 0)).isEqualTo(WARM_COSINE.at(600));
        }
    }
}
