package org.lrsched.peers.torch;

import static org.lrsched.peers.torch.TorchParams.LAST_EPOCH;
import static org.lrsched.peers.torch.TorchParams.LR;

import org.lrsched.Spec;
import org.lrsched.formula.ChainedFactors;
import org.lrsched.formula.Poly;
import org.lrsched.internal.Overflow;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * PyTorch's {@code PolynomialLR} by its closed form: {@code lr * (1.0 - min(T, s) / T) ** power}, where
 * {@code min(T, s) / T} is Python's correctly rounded int division (a double division differs once T passes 2^53).
 */
public final class PolynomialLR extends TorchSchedule implements Chainable {
    private static final long EXACT_DOUBLES = 1L << 53;

    private static final Param<Long> TOTAL_ITERS = Param.of("total_iters", TorchKinds.INT,
                    "the steps over which the lr decays to 0")
            .rule(">= 1 (0 divides by zero in PyTorch's closed form)", t -> t >= 1).orElse(5L);
    private static final Param<Double> POWER = Param.of("power", Kinds.REAL, "the power of the polynomial")
            .rule(">= 0 (PyTorch raises ZeroDivisionError at total_iters for a negative one)", p -> p >= 0)
            .orElse(1.0);

    /** The type {@code torch.PolynomialLR} of the spec language. */
    public static final ScheduleType<PolynomialLR> TYPE = ScheduleType.<PolynomialLR>of("torch.PolynomialLR",
                    "PyTorch's PolynomialLR: lr * (1 - s / total_iters) ** power, 0 from total_iters on")
            .param(LR, PolynomialLR::lr)
            .param(TOTAL_ITERS, PolynomialLR::totalIters)
            .param(POWER, PolynomialLR::power)
            .param(LAST_EPOCH, s -> -1L)
            .example("torch.PolynomialLR(lr=0.1, total_iters=1000, power=2.0)")
            .build(v -> {
                LAST_EPOCH.require(v.get(LAST_EPOCH));
                return new PolynomialLR(v.get(LR), v.get(TOTAL_ITERS), v.get(POWER));
            });

    private final double lr;
    private final long totalIters;
    private final double power;

    /**
     * The schedule.
     *
     * @param lr {@code lr}: the optimizer's initial lr
     * @param totalIters {@code total_iters}: the steps over which the lr decays to 0, {@code >= 1} (PyTorch's
     *     default 5)
     * @param power {@code power}: the power of the polynomial, {@code >= 0} (PyTorch's default 1.0)
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public PolynomialLR(double lr, long totalIters, double power) {
        this.lr = LR.require(lr);
        this.totalIters = TOTAL_ITERS.require(totalIters);
        this.power = POWER.require(power);
    }

    /**
     * The optimizer's initial lr.
     *
     * @return {@code lr}
     */
    public double lr() {
        return lr;
    }

    /**
     * The steps over which the lr decays to 0.
     *
     * @return {@code total_iters}
     */
    public long totalIters() {
        return totalIters;
    }

    /**
     * The power of the polynomial.
     *
     * @return {@code power}
     */
    public double power() {
        return power;
    }

    private double multiplier(long step) {
        return StrictMath.pow(1.0 - TorchParams.trueDivide(Math.min(totalIters, step), totalIters), power);
    }

    @Override
    public double closed(long step, double base) {
        return base * multiplier(step);
    }

    @Override
    public double at(long step) {
        Require.step(step);
        return Overflow.check(closed(step, lr), step);
    }

    @Override
    public ChainedFactors.Stage stage(long step) {
        if (step >= totalIters) {
            return new ChainedFactors.Times(multiplier(step));
        }
        return totalIters <= EXACT_DOUBLES ? new ChainedFactors.TimesPoly(totalIters, power) : null;
    }

    @Override
    public long runLast(long step) {
        return step < totalIters ? totalIters - 1 : Long.MAX_VALUE;
    }

    /**
     * Before total_iters: {@code -0.0 + lr * pow(1 - y / T, power)}, MXNet's poly formula with {@code c = -0.0},
     * which adds nothing to any value, the sign of a zero included. Past 2^53 the int division is not a double one:
     * step by step.
     */
    @Override
    public void plan(long first, long count, PieceSink sink) {
        long end = first + count;
        long s = first;
        if (s < totalIters) {
            long n = Math.min(end, totalIters) - s;
            if (totalIters <= EXACT_DOUBLES) {
                sink.piece(n, s, 1, new Poly(totalIters, power, lr, -0.0));
            } else {
                sink.perStep(n, s, this::at);
            }
            s += n;
        }
        if (s < end) {
            sink.constant(end - s, closed(s, lr));
        }
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
