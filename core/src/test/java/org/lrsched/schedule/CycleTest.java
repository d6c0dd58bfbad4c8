package org.lrsched.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** A cycle's end: a long, or past every long, also for a cycle from step 0. */
class CycleTest {
    private static final BigInteger TWO_63 = BigInteger.ONE.shiftLeft(63);

    @Test
    void aCycleEndsWhereItsLengthSaysUnlessThatPassesTheLastLong() {
        assertThat(new Cycle(0, 0, Long.MAX_VALUE).endless()).isFalse(); // exactly 2^63 - 1 steps: the next at MAX
        assertThat(new Cycle(1, 1, Long.MAX_VALUE - 1).endless()).isFalse();
        assertThat(new Cycle(1, 1, Long.MAX_VALUE).endless()).isTrue(); // ends one past every long
        assertThat(new Cycle(5, Long.MAX_VALUE, 1).endless()).isTrue();
        assertThat(Cycle.endlessFrom(0, 0)).isEqualTo(new Cycle(0, 0, Long.MAX_VALUE, true));
    }

    @Test
    void anEndPastEveryLongIsEndlessAndItsLengthSaturates() {
        assertThat(Cycle.until(0, 0, TWO_63)).isEqualTo(new Cycle(0, 0, Long.MAX_VALUE, true));
        assertThat(Cycle.until(0, 0, TWO_63.subtract(BigInteger.ONE))).isEqualTo(new Cycle(0, 0, Long.MAX_VALUE));
        assertThat(Cycle.until(3, 1L << 62, TWO_63)).isEqualTo(new Cycle(3, 1L << 62, 1L << 62));
        assertThat(Cycle.until(3, 1L << 62, TWO_63).endless()).isTrue();
        assertThat(Cycle.until(3, 1L << 62, TWO_63.shiftLeft(2))).isEqualTo(new Cycle(3, 1L << 62, Long.MAX_VALUE));
        assertThat(Cycle.until(3, 10, BigInteger.valueOf(17))).isEqualTo(new Cycle(3, 10, 7));
    }

    @Test
    void endlessMustAgreeWithStartAndLength() {
        assertThatThrownBy(() -> new Cycle(0, 10, 5, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cycle(0, 10, Long.MAX_VALUE, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cycle(0, 0, 5, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRealFirstLengthPastEveryLongNeverEnds() {
        CyclicalSchedule s = new CyclicalSchedule(new CosineShape(0, 1), CycleLength.of(1e19), 2.0, 0.5);
        assertThat(s.cycleOf(0)).isEqualTo(Cycle.endlessFrom(0, 0));
        assertThat(s.cycleOf(Long.MAX_VALUE)).isEqualTo(Cycle.endlessFrom(0, 0));
        CyclicalSchedule below = new CyclicalSchedule(new CosineShape(0, 1), CycleLength.of(1000.5), 2.0, 1);
        assertThat(below.cycleOf(1000)).isEqualTo(new Cycle(0, 0, 1001));
    }
}
