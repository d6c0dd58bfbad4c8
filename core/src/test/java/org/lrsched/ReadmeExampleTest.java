package org.lrsched;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lrsched.table.Tables;

/** The README's embedding snippet, as written there: it compiles and does what the README says. */
class ReadmeExampleTest {

    @Test
    void embeddingSnippet() {
        Schedule sgdr = Schedule.parse("sgdr");               // a preset name, or the text form
        double lr = sgdr.at(1_000_000_000_000L);             // O(1), exact
        Schedule mine = Schedule.parse(
                "linear_warmup(schedule=cosine(min_lr=0, max_lr=0.1, cycle_length=10000), start_lr=0, length=500)");
        String text = mine.toString();                        // the text form, every default filled in
        float[] table = new float[1 << 20];
        Tables.fill(mine, 0, table, 0, table.length);         // steps 0 .. 2^20-1, by the fastest kernel available

        assertThat(lr).isBetween(0.0, 2.0);
        assertThat(Schedule.parse(text)).isEqualTo(mine);
        assertThat(table[1 << 19]).isEqualTo((float) mine.at(1 << 19));
    }
}
