package org.lrsched.peers.torch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.LongToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lrsched.Schedule;
import org.lrsched.contract.Contract;
import org.lrsched.formula.ChainedFactors;
import org.lrsched.formula.Formula;
import org.lrsched.formula.OffsetDivScale;
import org.lrsched.formula.OffsetHalfCosine;
import org.lrsched.plan.PieceSink;
import org.lrsched.plan.Plans;

/** The plans of the torch types (how many pieces, of what), their contracts, and the Python arithmetic under them. */
class TorchPlansTest {

    /** The pieces of a plan, as text: {@code piece Formula count}, {@code constant count}, ... */
    static List<String> plan(String spec, long first, long count) {
        List<String> pieces = new ArrayList<>();
        Plans.plan(Schedule.parse(spec), first, count, new PieceSink() {
            @Override
            public void constant(long n, double value) {
                pieces.add("constant " + n);
            }

            @Override
            public void piece(long n, long y0, int direction, Formula formula) {
                pieces.add("piece " + formula.getClass().getSimpleName() + " " + n);
            }

            @Override
            public void repeat(long n, long period) {
                pieces.add("repeat " + n + " of " + period);
            }

            @Override
            public void perStep(long n, long firstStep, LongToDoubleFunction values) {
                pieces.add("perStep " + n);
            }
        });
        return pieces;
    }

    @ParameterizedTest
    @ValueSource(longs = {10, 10_000, 1_000_000_000, 1L << 40})
    void oneCycleIsOnePiecePerPhase(long total) {
        long count = Math.min(total + 1, 1 << 20);
        assertThat(plan("torch.OneCycleLR(max_lr=0.1, total_steps=" + total + ")", 0, count))
                .hasSize(count > (long) (0.3 * total) ? 2 : 1).allMatch(p -> p.startsWith("piece OffsetHalfCosine"));
        assertThat(plan("torch.OneCycleLR(max_lr=0.1, total_steps=" + total + ", three_phase=True,"
                + " anneal_strategy=linear)", 0, Math.min(total + 1, 1000))).allMatch(p -> p.startsWith("piece OffsetDivScale"));
        // phases end at the real steps 0.3 * 10 - 1 = 2.0 and (2 * 0.3) * 10 - 2 = 4.0, the last at 10 - 1
        assertThat(plan("torch.OneCycleLR(max_lr=0.1, total_steps=10, three_phase=True)", 0, 11))
                .containsExactly("piece OffsetHalfCosine 3", "piece OffsetHalfCosine 2", "piece OffsetHalfCosine 6");
    }

    @Test
    void oneCycleRaisesPastTotalStepsAfterFillingUpToIt() {
        List<String> pieces = new ArrayList<>();
        assertThatThrownBy(() -> Plans.plan(Schedule.parse("torch.OneCycleLR(max_lr=0.1, total_steps=10)"), 5, 10,
                new PieceSink() {
                    @Override
                    public void constant(long n, double value) {}

                    @Override
                    public void piece(long n, long y0, int direction, Formula formula) {
                        pieces.add(y0 + "+" + n);
                    }

                    @Override
                    public void repeat(long n, long period) {}

                    @Override
                    public void perStep(long n, long firstStep, LongToDoubleFunction values) {}
                })).isInstanceOf(ArithmeticException.class).hasMessageContaining("step 11")
                .hasMessageContaining("total_steps=10");
        assertThat(pieces).containsExactly("5+6");
    }

    @Test
    void oneCyclePhasesStartAtRealSteps() {
        OneCycleLR s = (OneCycleLR) Schedule.parse("torch.OneCycleLR(max_lr=0.1, total_steps=10, pct_start=0.25)");
        // phase 0 ends at the real step 0.25 * 10 - 1 = 1.5: steps 0 and 1 rise, 2 falls, from 1.5
        assertThat(plan(s.toString(), 0, 11)).containsExactly("piece OffsetHalfCosine 2", "piece OffsetHalfCosine 9");
        double pct = (2 - 1.5) / (9 - 1.5);
        assertThat(s.at(2)).isEqualTo(new OffsetHalfCosine(1.5, 7.5, (0.1 - 4e-7) / 2.0, 4e-7).value(2))
                .isEqualTo(4e-7 + (0.1 - 4e-7) / 2.0 * (StrictMath.cos(Math.PI * pct) + 1));
        OneCycleLR linear = (OneCycleLR) Schedule.parse("torch.OneCycleLR(max_lr=0.1, total_steps=10, pct_start=0.25,"
                + " anneal_strategy=linear)");
        assertThat(linear.at(2)).isEqualTo(new OffsetDivScale(1.5, 7.5, 4e-7 - 0.1, 0.1).value(2));
    }

    @Test
    void warmRestartsWithTMultOneCopyTheFirstWholeCycle() {
        assertThat(plan("torch.CosineAnnealingWarmRestarts(lr=0.1, T_0=10)", 0, 95))
                .containsExactly("piece MxnetCosine 10", "repeat 85 of 10");
        assertThat(plan("torch.CosineAnnealingWarmRestarts(lr=0.1, T_0=10)", 7, 95))
                .containsExactly("piece MxnetCosine 3", "piece MxnetCosine 10", "repeat 82 of 10");
        assertThat(plan("torch.CosineAnnealingWarmRestarts(lr=0.1, T_0=10, T_mult=2)", 0, 75))
                .containsExactly("piece MxnetCosine 10", "piece MxnetCosine 20", "piece MxnetCosine 40",
                        "piece MxnetCosine 5");
    }

    @Test
    void stepLrIsConstantsThatOweBitIdentity() {
        assertThat(plan("torch.StepLR(lr=0.1, step_size=30, gamma=0.1)", 25, 40))
                .containsExactly("constant 5", "constant 30", "constant 5");
        // gamma ** n is computed once per piece by the code at() uses: every kernel writes that double
        assertThat(Contract.of(Schedule.parse("torch.StepLR(lr=0.1, step_size=30, gamma=0.9)"), 0, 1000).exact())
                .isTrue();
        // once the power is +0 it stays 0: one last constant
        assertThat(plan("torch.StepLR(lr=0.1, step_size=1, gamma=0)", 0, 1000))
                .containsExactly("constant 1", "constant 999");
        assertThat(plan("torch.StepLR(lr=0.1, step_size=2, gamma=0.5)", 2200, 1000)).containsExactly("constant 1000");
        // step_size 1 with a float gamma: ExponentialLR's formula, one piece
        assertThat(plan("torch.StepLR(lr=0.1, step_size=1, gamma=0.5)", 0, 1000))
                .containsExactly("piece ExponentialPow 1000");
    }

    @Test
    void cyclicIsTwoPiecesPerCycle() {
        assertThat(plan("torch.CyclicLR(base_lr=0.001, max_lr=0.1, step_size_up=4, step_size_down=6)", 0, 25))
                .containsExactly("piece CyclicTriangle 5", "piece CyclicTriangle 5", "piece CyclicTriangle 5",
                        "piece CyclicTriangle 5", "piece CyclicTriangle 5");
        assertThat(Contract.of(Schedule.parse("torch.CyclicLR(base_lr=0.001, max_lr=0.1, mode=triangular2)"), 0,
                100_000).exact()).isTrue();
        assertThat(Contract.of(Schedule.parse("torch.CyclicLR(base_lr=0.001, max_lr=0.1, mode=exp_range,"
                + " gamma=0.9999)"), 0, 100_000).exact()).isFalse();
    }

    @Test
    void chainsAreOnePiecePerRunOfStages() {
        assertThat(plan("torch.ChainedScheduler(lr=0.1, schedulers=[torch.ConstantLR(factor=0.1, total_iters=20),"
                + " torch.StepLR(step_size=30)])", 0, 70))
                .containsExactly("constant 20", "constant 10", "constant 30", "constant 10");
        assertThat(plan("torch.ChainedScheduler(lr=0.1, schedulers=[torch.LinearLR(total_iters=40),"
                + " torch.CosineAnnealingLR(T_max=100), torch.ChainedScheduler(schedulers=[torch.StepLR(step_size=30)])])",
                0, 70)).containsExactly("piece ChainedFactors 30", "piece ChainedFactors 10", "piece ChainedFactors 20",
                        "piece ChainedFactors 10");
        assertThat(plan("torch.ChainedScheduler(lr=0.1, schedulers=[torch.ExponentialLR(gamma=2)])", 0, 70))
                .containsExactly("perStep 70");
    }

    @Test
    void aChainFoldsTheClosedFormsInOrder() {
        ChainedScheduler chain = (ChainedScheduler) Schedule.parse("torch.ChainedScheduler(lr=0.1,"
                + " schedulers=[torch.LinearLR(start_factor=0.1, total_iters=4), torch.CosineAnnealingLR(T_max=10,"
                + " eta_min=0.001), torch.StepLR(step_size=3, gamma=0.5)])");
        for (long s = 0; s < 30; s++) {
            double v = 0.1 * (0.1 + (0.9 * Math.min(4, s)) / 4.0);
            v = 0.001 + ((v - 0.001) * (1 + StrictMath.cos((Math.PI * s) / 10))) / 2;
            v = v * StrictMath.pow(0.5, s / 3);
            assertThat(chain.at(s)).as("at %d", s).isEqualTo(v);
        }
        assertThat(new ChainedFactors(0.1, List.of(new ChainedFactors.TimesRamp(0.9, 4, 0.1),
                new ChainedFactors.TowardCosine(10, 0.001), new ChainedFactors.Times(0.5))).value(3))
                .isEqualTo(chain.at(3));
    }

    @Test
    void compositesShareTheirLr() {
        Schedule inner = new ConstantLR(0.2, 0.5, 3);
        assertThatThrownBy(() -> new SequentialLR(0.1, List.of(inner, new ConstantLR(0.1, 0.5, 3)), new long[] {3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lr");
        assertThatThrownBy(() -> new ChainedScheduler(0.1, List.of(inner))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lr");
        Schedule sequential = Schedule.parse("torch.SequentialLR(lr=0.1, schedulers=[torch.ConstantLR(factor=0.5),"
                + " torch.CyclicLR(base_lr=0.01, max_lr=0.1)], milestones=[3])");
        assertThat(sequential.toString()).isEqualTo("torch.SequentialLR(lr=0.1, schedulers=[torch.ConstantLR("
                + "factor=0.5, total_iters=5, last_epoch=-1), torch.CyclicLR(base_lr=0.01, max_lr=0.1, step_size_up=2000,"
                + " mode=triangular, gamma=1.0, scale_mode=cycle, cycle_momentum=True, base_momentum=0.8,"
                + " max_momentum=0.9, last_epoch=-1)], milestones=[3], last_epoch=-1)");
        assertThat(Schedule.parse(sequential.toString())).isEqualTo(sequential);
    }

    @Test
    void pythonsIntDivisionIsCorrectlyRounded() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            long b = random.nextLong() >>> random.nextInt(64);
            b = Math.max(b, 1);
            long a = b == 1 ? 1 : Math.floorMod(random.nextLong(), b + (i % 2 == 0 ? 0 : 1) == 0 ? 1 : b);
            double want = new BigDecimal(a).divide(new BigDecimal(b), new MathContext(400)).doubleValue();
            assertThat(TorchParams.trueDivide(a, b)).as("%d / %d", a, b).isEqualTo(want);
        }
        // PolynomialLR's total 3 * 2^55 + 1: a double division gives another quotient
        long t = 3 * (1L << 55) + 1;
        long s = 105555437407556230L;
        assertThat(TorchParams.trueDivide(s, t)).isNotEqualTo((double) s / (double) t);
    }

    @Test
    void pythonsIntPowersAreExact() {
        int powDiffers = 0;
        for (int g = 3; g <= 20; g++) {
            for (int n = 1; n <= 600; n++) {
                double exact = BigInteger.valueOf(g).pow(n).doubleValue();
                assertThat(TorchParams.intPower(g, n)).as("%d ** %d", g, n).isEqualTo(exact);
                powDiffers += Double.isFinite(exact) && StrictMath.pow(g, n) != exact ? 1 : 0;
            }
        }
        assertThat(powDiffers).as("int ** int rounded once is not pow: the int kind matters").isPositive();
        assertThat(TorchParams.intPower(0, 0)).isEqualTo(1);
        assertThat(TorchParams.intPower(-1, (1L << 53) + 1)).isEqualTo(-1); // a double exponent would be even
        assertThat(TorchParams.intPower(2, 1023)).isEqualTo(0x1p1023);
        assertThat(TorchParams.intPower(2, 1024)).isInfinite();
        assertThat(TorchParams.intPower(Long.MIN_VALUE, 1)).isEqualTo(-0x1p63);
        assertThat(TorchParams.intPower(-3, Long.MAX_VALUE)).isInfinite();
        assertThatThrownBy(() -> Schedule.parse("torch.StepLR(lr=0.1, step_size=1, gamma=2)").at(1030))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("OverflowError");
    }
}
