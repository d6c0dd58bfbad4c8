package org.lrsched.cli.spec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The name a schedule is shown by: its preset's name, or its text form, shortened in the middle when long. */
class NamedScheduleTest {

    @Test
    void presetNamesOrTheTextShortened() {
        assertThat(NamedSchedule.of(" sgdr ").name()).isEqualTo("sgdr");
        assertThat(NamedSchedule.of("cosine(min_lr=0, max_lr=1, cycle_length=100)").name())
                .isEqualTo("cosine(min_lr=0.0, max_lr=1.0, cycle_length=100)");
        String text = NamedSchedule.of("{\"type\": \"linear_warmup\", \"schedule\": {\"type\": \"cyclical\", \"shape\":"
                + " {\"type\": \"cosine\", \"min_lr\": 0.01, \"max_lr\": 2}, \"cycle_length\": 250,"
                + " \"cycle_length_decay\": 3}, \"start_lr\": 0, \"length\": 100}").name();
        assertThat(text).hasSizeLessThanOrEqualTo(120).startsWith("linear_warmup(schedule=cyclical(shape=cosine(")
                .contains("\u2026").endsWith("start_lr=0.0, length=100)");
    }
}
