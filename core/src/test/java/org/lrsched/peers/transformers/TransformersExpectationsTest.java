package org.lrsched.peers.transformers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lrsched.testing.PeerCaseFiles;
import org.lrsched.testing.PeerCaseFiles.Entry;

/**
 * transformers' own test expectations ({@code tests_optimization.py}'s {@code ScheduleInitTest}, every entry, at
 * its own tolerance), and our own cases: boundaries +-1, 1-step phases, warm-up 0, counts past 2^31, 2^40 and 2^53,
 * steps near 2^63 - 1, the hard restarts the peer's float {@code % 1.0} misses (exact for IEEE-only formulas,
 * 2^-50 x the largest |lr| where cos or pow is involved), the rejections and the steps where {@code at} throws.
 */
class TransformersExpectationsTest {

    static List<Entry> golden() {
        return PeerCaseFiles.golden("transformers");
    }

    static List<Entry> extra() {
        return PeerCaseFiles.extra("transformers");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golden")
    void thePeersOwnExpectationHolds(Entry e) {
        assertThat(e.skipSteps()).as("no step of transformers' expectations is left out").isEmpty();
        assertThat(PeerCaseFiles.check(e)).isEqualTo(e.steps().length);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("extra")
    void ourCaseHolds(Entry e) {
        assertThat(PeerCaseFiles.check(e)).isPositive();
    }

    @Test
    void everyTypeIsCovered() {
        assertThat(golden()).hasSize(7);
        assertThat(extra().stream().map(e -> e.spec().substring(0, e.spec().indexOf('('))).distinct())
                .containsExactlyInAnyOrder("transformers.get_constant_schedule",
                        "transformers.get_constant_schedule_with_warmup", "transformers.get_linear_schedule_with_warmup",
                        "transformers.get_cosine_schedule_with_warmup",
                        "transformers.get_cosine_with_hard_restarts_schedule_with_warmup",
                        "transformers.get_polynomial_decay_schedule_with_warmup",
                        "transformers.get_inverse_sqrt_schedule",
                        "transformers.get_cosine_with_min_lr_schedule_with_warmup", "transformers.get_wsd_schedule");
    }
}
