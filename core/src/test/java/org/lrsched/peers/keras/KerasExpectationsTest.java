package org.lrsched.peers.keras;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lrsched.testing.PeerCaseFiles;
import org.lrsched.testing.PeerCaseFiles.Entry;

/**
 * Keras' own test expectations ({@code learning_rate_schedule_test.py}, every entry, at its own tolerance, which
 * absorbs Keras' float32), and our own cases: boundaries +-1, 1-step phases, steps past 2^24, 2^31 and 2^53 and
 * near 2^63 - 1, every restart +-1 of several CosineDecayRestarts (the ones Keras' logarithm misses among them),
 * exact for IEEE-only formulas and within 2^-50 x the largest |lr| where cos or pow is involved, the rejections
 * and the steps where {@code at} throws.
 */
class KerasExpectationsTest {

    static List<Entry> golden() {
        return PeerCaseFiles.golden("keras");
    }

    static List<Entry> extra() {
        return PeerCaseFiles.extra("keras");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golden")
    void thePeersOwnExpectationHolds(Entry e) {
        // one entry (PiecewiseConstantDecayTest.test_piecewise_values) has step -999: our steps are whole numbers
        // >= 0, so it cannot be asked; Keras gives values[0] there, which the entry's step 100 checks as well
        assertThat(e.skipSteps()).as("only negative steps are left out").allMatch(s -> s < 0);
        assertThat(PeerCaseFiles.check(e)).isEqualTo(e.steps().length - e.skipSteps().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("extra")
    void ourCaseHolds(Entry e) {
        assertThat(PeerCaseFiles.check(e)).isPositive();
    }

    @Test
    void everyTypeIsCovered() {
        assertThat(golden()).hasSize(28);
        assertThat(extra().stream().map(e -> e.spec().substring(0, e.spec().indexOf('('))).distinct())
                .containsExactlyInAnyOrder("keras.ExponentialDecay", "keras.PiecewiseConstantDecay",
                        "keras.PolynomialDecay", "keras.InverseTimeDecay", "keras.CosineDecay",
                        "keras.CosineDecayRestarts");
    }
}
