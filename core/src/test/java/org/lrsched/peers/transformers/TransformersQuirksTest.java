package org.lrsched.peers.transformers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lrsched.Schedule;

/**
 * The peer's quirks we keep and the ones we differ from on purpose. Expected values from CPython 3 evaluating
 * transformers' lambdas as written ({@code lr * lambda(step)}), noted where used.
 */
class TransformersQuirksTest {

    private static void assertBits(double actual, double expected, String what) {
        assertThat(Double.doubleToRawLongBits(actual)).as("%s: %s, expected %s", what, actual, expected)
                .isEqualTo(Double.doubleToRawLongBits(expected));
    }

    @Test
    void theInverseSqrtQuotientIsPythonsIntDivisionPast2To53() {
        Schedule s = Schedule.parse("transformers.get_inverse_sqrt_schedule(lr=0.001, num_warmup_steps=0)");
        // Python: 0.001 * (1.0 / math.sqrt((9007199254740997 + 10000) / 10000)) -> 1.0536712127717656e-09;
        // with float(s + ts) / float(ts) instead -> 1.0536712127717658e-09
        assertBits(s.at(9007199254740997L), 1.0536712127717656e-09, "at 2^53 + 5");
    }

    @Test
    void thePolynomialFractionIsPythonsIntDivisionPast2To53() {
        Schedule s = Schedule.parse("transformers.get_polynomial_decay_schedule_with_warmup(lr=0.1,"
                + " num_warmup_steps=0, num_training_steps=108086391056891904, lr_end=0.0, power=1.0)");
        // Python, T = 3 * 2**55: lr * (((lr - 0.0) * (1 - s / T) ** 1.0 + 0.0) / lr) at s = 36028797018963969
        // -> 0.06666666666666667; with float(s) / float(T) -> 0.06666666666666668
        assertBits(s.at(36028797018963969L), 0.06666666666666667, "at T / 3 + 1");
    }

    @Test
    void theCosineGoesOnPastTheTrainingSteps() {
        Schedule s = Schedule.parse("transformers.get_cosine_schedule_with_warmup(lr=1.0, num_warmup_steps=2,"
                + " num_training_steps=10)");
        // Python: 0.0 at 10, 0.4999999999999999 at 14, 1.0 at 18
        assertBits(s.at(10), 0.0, "at T");
        assertBits(s.at(14), 0.4999999999999999, "at T + 4");
        assertBits(s.at(18), 1.0, "at T + 8");
    }

    @Test
    void aHardRestartTheFloatMissesIsARestart() {
        Schedule s = Schedule.parse("transformers.get_cosine_with_hard_restarts_schedule_with_warmup(lr=1.0,"
                + " num_warmup_steps=0, num_training_steps=2200, num_cycles=22)");
        // the peer: (22 * (1500 / 2200)) % 1.0 is 0.9999999999999982, so its value there is about 0; the exact
        // cycle is 15 and the step is its first
        assertThat((22 * (1500.0 / 2200)) % 1.0).isGreaterThan(0.99);
        assertBits(s.at(1500), 1.0, "at the restart of cycle 15");
        assertThat(s.at(1499)).isLessThan(1e-3);
    }

    @Test
    void theHardRestartCycleIsExactForRealAndNegativeCycleCounts() {
        SplittableRandom random = new SplittableRandom(12);
        double[] counts = {1, 2.5, 3, 22, 47, 49, -2.5, -7, 0.3, 1e-9, 123456.789, 4503599627370495.0};
        for (double nc : counts) {
            for (long d : new long[] {1, 7, 1000, 4707, 1L << 40, (1L << 62) + 3}) {
                GetCosineWithHardRestartsScheduleWithWarmup s = new GetCosineWithHardRestartsScheduleWithWarmup(1.0,
                        0, d, nc);
                for (int k = 0; k < 200; k++) {
                    long y = k < 3 ? d - 1 - k : random.nextLong(d);
                    if (y < 0) {
                        continue;
                    }
                    long exact = new BigDecimal(nc).multiply(BigDecimal.valueOf(y))
                            .divide(BigDecimal.valueOf(d), 0, RoundingMode.FLOOR).longValueExact();
                    assertThat(s.indexOf(y)).as("nc=%s d=%s y=%s", nc, d, y).isEqualTo(exact);
                }
            }
        }
    }

    @Test
    void wsdWithADerivedNegativeStablePhaseStartsTheDecayPartWayThrough() {
        // W=10, D=40, T=30: S = -20, the decay runs from progress 0.5 at step 10 to step 30.
        // Python: lr * max(0.0, (1.0 - 20 / 40) * 1.0 + 0) = 0.5 at 10; 0.0 from 30 on (lr * 0)
        Schedule s = Schedule.parse("transformers.get_wsd_schedule(lr=1.0, num_warmup_steps=10,"
                + " num_decay_steps=40, num_training_steps=30, decay_type=linear)");
        assertBits(s.at(9), 0.9, "last warm-up step");
        assertBits(s.at(10), 0.5, "first decay step");
        // Python: 1.0 - 39 / 40 = 0.025000000000000022
        assertBits(s.at(29), 0.025000000000000022, "last decay step");
        assertBits(s.at(30), 0.0, "after");
    }

    @Test
    void wsdAfterTheDecayIsNotClamped() {
        // min_lr_ratio=-0.5: the decay's max(0.0, ...) clamps it, the phase after is lr * -0.5
        Schedule s = Schedule.parse("transformers.get_wsd_schedule(lr=1.0, num_warmup_steps=10,"
                + " num_decay_steps=10, num_stable_steps=0, warmup_type=linear, decay_type=linear,"
                + " min_lr_ratio=-0.5)");
        assertBits(s.at(0), 0.0, "the warm-up starts clamped at 0");
        assertBits(s.at(19), 0.0, "the decay ends clamped at 0");
        assertBits(s.at(20), -0.5, "after the decay");
        assertBits(s.at(Long.MAX_VALUE), -0.5, "at 2^63 - 1");
    }

    @Test
    void phasesEndingNearTheLastStepFillAsAtGives() {
        long max = Long.MAX_VALUE;
        for (String spec : new String[] {
            "transformers.get_cosine_with_hard_restarts_schedule_with_warmup(lr=1.0, num_warmup_steps=" + (max - 10)
                    + ", num_training_steps=" + max + ", num_cycles=3)",
            "transformers.get_linear_schedule_with_warmup(lr=1.0, num_warmup_steps=" + (max - 30)
                    + ", num_training_steps=" + (max - 5) + ")",
            "transformers.get_polynomial_decay_schedule_with_warmup(lr=1.0, num_warmup_steps=" + (max - 30)
                    + ", num_training_steps=" + (max - 5) + ", power=2.0)",
            "transformers.get_wsd_schedule(lr=1.0, num_warmup_steps=" + (max - 40) + ", num_decay_steps=20,"
                    + " num_stable_steps=" + 10 + ", decay_type=\"1-sqrt\", min_lr_ratio=0.1)",
            "transformers.get_wsd_schedule(lr=1.0, num_warmup_steps=" + (max - 40) + ", num_decay_steps=" + max
                    + ", num_stable_steps=" + max + ")",
            "transformers.get_inverse_sqrt_schedule(lr=1.0, num_warmup_steps=" + (max - 20) + ", timescale=" + max
                    + ")"}) {
            Schedule s = Schedule.parse(spec);
            for (int first = 50; first >= 1; first -= 7) {
                double[] table = new double[first];
                org.lrsched.table.Tables.fill(s, max - first, table, 0, first,
                        org.lrsched.table.ScalarKernel.INSTANCE);
                for (int i = 0; i < first; i++) {
                    assertBits(table[i], s.at(max - first + i), spec + " at 2^63 - 1 - " + (first - i));
                }
            }
            assertThat(s.at(max)).as(spec).isFinite();
        }
    }

    @Test
    void theBenchmarkWorkloadsPlanOnePiecePerPhase() {
        long n = 10_000_000;
        for (String spec : new String[] {
            "transformers.get_cosine_schedule_with_warmup(lr=1e-3, num_warmup_steps=" + n / 100
                    + ", num_training_steps=" + n + ")",
            "transformers.get_inverse_sqrt_schedule(lr=1e-3, num_warmup_steps=" + n / 100 + ")",
            "transformers.get_wsd_schedule(lr=1e-3, num_warmup_steps=" + n / 100 + ", num_decay_steps=" + n / 10
                    + ", num_training_steps=" + n + ", decay_type=\"1-sqrt\")"}) {
            int[] pieces = {0};
            org.lrsched.plan.Plans.plan(Schedule.parse(spec), 0, n, new CountingSink(pieces));
            assertThat(pieces[0]).as(spec).isLessThanOrEqualTo(spec.contains("wsd") ? 4 : 2);
        }
    }

    /** Counts what a plan emits. */
    private record CountingSink(int[] pieces) implements org.lrsched.plan.PieceSink {
        @Override
        public void constant(long count, double value) {
            pieces[0]++;
        }

        @Override
        public void piece(long count, long y0, int direction, org.lrsched.formula.Formula formula) {
            pieces[0]++;
        }

        @Override
        public void repeat(long count, long period) {
            pieces[0]++;
        }

        @Override
        public void perStep(long count, long firstStep, java.util.function.LongToDoubleFunction values) {
            throw new AssertionError("a per-step piece");
        }
    }
}
