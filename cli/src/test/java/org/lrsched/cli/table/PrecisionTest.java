package org.lrsched.cli.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * CSV values parse back to the same number. JDK 17's Double.toString is not always the shortest such text, but it
 * must round-trip (checked outside the suite for every float and for 2*10^7 random doubles on JDK 17).
 */
class PrecisionTest {
    private static final int SAMPLES = 1_000_000;

    @Test
    void doublesRoundTrip() {
        SplittableRandom random = new SplittableRandom(17);
        List<String> wrong = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < SAMPLES; i++) {
            // all bit patterns half the time, learning-rate-like magnitudes the other half
            double x = i % 2 == 0 ? Double.longBitsToDouble(random.nextLong()) : random.nextDouble() * Math.scalb(1.0, -i % 40);
            text.setLength(0);
            Precision.DOUBLE.append(text, x);
            if (!Double.isNaN(x) && Double.doubleToRawLongBits(Double.parseDouble(text.toString()))
                    != Double.doubleToRawLongBits(x)) {
                wrong.add(text.toString());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void floatsRoundTripAndAreTheRoundedDouble() {
        SplittableRandom random = new SplittableRandom(32);
        List<String> wrong = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < SAMPLES; i++) {
            double x = i % 2 == 0 ? Float.intBitsToFloat(random.nextInt()) : random.nextDouble() * Math.scalb(1.0, -i % 40);
            text.setLength(0);
            Precision.FLOAT.append(text, x);
            if (!Double.isNaN(x) && Float.floatToRawIntBits(Float.parseFloat(text.toString()))
                    != Float.floatToRawIntBits((float) x)) {
                wrong.add(text.toString());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void edgeValues() {
        double[] edges = {0.0, -0.0, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, 1e23, 2e-3, 0.1, 1.0 / 3,
            Float.MIN_VALUE, Float.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        StringBuilder text = new StringBuilder();
        for (double x : edges) {
            text.setLength(0);
            Precision.DOUBLE.append(text, x);
            assertThat(Double.parseDouble(text.toString())).isEqualTo(x);
            text.setLength(0);
            Precision.FLOAT.append(text, x);
            assertThat(Float.parseFloat(text.toString())).isEqualTo((float) x);
        }
    }
}
