package org.lrsched.peers.torch;

import static org.lrsched.peers.torch.TorchParams.LAST_EPOCH;

import java.math.BigInteger;
import java.util.OptionalDouble;
import org.lrsched.Spec;
import org.lrsched.formula.CyclicTriangle;
import org.lrsched.internal.Overflow;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.schedule.Cycle;
import org.lrsched.schedule.Cyclic;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;
import org.lrsched.spec.Values;

/**
 * PyTorch's {@code CyclicLR}, its {@code get_lr} at {@code last_epoch = s}: with {@code total = float(up) +
 * float(down)}, cycle {@code c = 1 + s // total}, {@code x = 1.0 + s / total - c}, the scale factor {@code x / ratio}
 * rising or {@code (x - 1) / (ratio - 1)} falling, and {@code base_lr + (max_lr - base_lr) * sf * scale}, the scale 1
 * (triangular), {@code 1 / 2 ** (c - 1)} (triangular2) or {@code gamma ** s} (exp_range). Two deliberate
 * differences: the cycle is the exact {@code 1 + floor(s / total)} (PyTorch's float {@code floor(1 + s / total)}
 * starts the next cycle at the last step of some cycles past 2^53), and triangular2's scale is the exact power
 * {@code 2^-(c-1)}, 0 far out, where PyTorch's {@code 2.0 ** (c - 1)} raises OverflowError from cycle 1025 on.
 */
public final class CyclicLR extends TorchSchedule implements Cyclic {
    private static final Param<Double> BASE_LR = Param.of("base_lr", Kinds.REAL, "the lr at each cycle's start");
    private static final Param<Double> MAX_LR = Param.of("max_lr", Kinds.REAL, "the lr at the top of the first cycle");
    private static final Param<Number> STEP_SIZE_UP = Param.of("step_size_up", Kinds.NUMBER,
                    "steps of each rising half (PyTorch converts it to a float)")
            .rule("> 0 (PyTorch divides 0 by 0 at step 0 for 0)", u -> u.doubleValue() > 0).orElse(2000L);
    private static final Param<Number> STEP_SIZE_DOWN = Param.of("step_size_down", Kinds.NUMBER,
                    "steps of each falling half (None: step_size_up)")
            .rule(">= 0", d -> d.doubleValue() >= 0).optional();
    private static final Param<String> MODE = Param.of("mode", Kinds.oneOf("triangular", "triangular2", "exp_range"),
            "triangular, triangular2 (the amplitude halves each cycle) or exp_range (scaled by gamma ** s)")
            .orElse("triangular");
    private static final Param<Number> GAMMA = TorchParams.gamma("exp_range's factor per step").orElse(1.0);
    private static final Param<Object> SCALE_FN = Param.of("scale_fn",
            TorchKinds.function("use mode=triangular, triangular2 or exp_range"), "a custom scale function: refused")
            .optional();
    private static final Param<String> SCALE_MODE = Param.of("scale_mode", Kinds.oneOf("cycle", "iterations"),
            "what a custom scale_fn reads; every built-in mode sets its own, so it has no effect").orElse("cycle");
    private static final Param<Boolean> CYCLE_MOMENTUM = Param.of("cycle_momentum", Kinds.BOOLEAN,
            "PyTorch cycles the momentum too; accepted, no effect on the lr").orElse(true);
    private static final Param<Double> BASE_MOMENTUM = Param.of("base_momentum", Kinds.REAL,
            "the lowest momentum; accepted, no effect on the lr").orElse(0.8);
    private static final Param<Double> MAX_MOMENTUM = Param.of("max_momentum", Kinds.REAL,
            "the highest momentum; accepted, no effect on the lr").orElse(0.9);

    /** The type {@code torch.CyclicLR} of the spec language. */
    public static final ScheduleType<CyclicLR> TYPE = ScheduleType.<CyclicLR>of("torch.CyclicLR",
                    "PyTorch's CyclicLR: triangles between base_lr and max_lr (triangular, triangular2, exp_range)")
            .param(BASE_LR, CyclicLR::baseLr)
            .param(MAX_LR, CyclicLR::maxLr)
            .param(STEP_SIZE_UP, CyclicLR::stepSizeUp)
            .param(STEP_SIZE_DOWN, CyclicLR::stepSizeDown)
            .param(MODE, CyclicLR::mode)
            .param(GAMMA, CyclicLR::gamma)
            .param(SCALE_FN, s -> null)
            .param(SCALE_MODE, s -> s.scaleMode)
            .param(CYCLE_MOMENTUM, s -> s.cycleMomentum)
            .param(BASE_MOMENTUM, s -> s.baseMomentum)
            .param(MAX_MOMENTUM, s -> s.maxMomentum)
            .param(LAST_EPOCH, s -> -1L)
            .example("torch.CyclicLR(base_lr=0.001, max_lr=0.1, step_size_up=2000, mode=triangular2)")
            .build(CyclicLR::new);

    private final double baseLr;
    private final double maxLr;
    private final Number stepSizeUp;
    private final Number stepSizeDown;
    private final String mode;
    private final Number gamma;
    private final String scaleMode;
    private final boolean cycleMomentum;
    private final double baseMomentum;
    private final double maxMomentum;

    private final double total;
    private final double ratio;
    private final double amp;
    /** total = units / 2^fractionBits exactly, units odd (or total whole: fractionBits 0). */
    private final long units;
    private final int fractionBits;
    /** The total as a long when it is whole (floor(s / total) is a long division), else 0. */
    private final long wholeTotal;
    /** The total is past every long: every step is in cycle 1. */
    private final boolean endless;

    private CyclicLR(Values v) {
        this(v.get(BASE_LR), v.get(MAX_LR), v.get(STEP_SIZE_UP), v.get(STEP_SIZE_DOWN), v.get(MODE), v.get(GAMMA),
                v.get(SCALE_FN), v.get(SCALE_MODE), v.get(CYCLE_MOMENTUM), v.get(BASE_MOMENTUM), v.get(MAX_MOMENTUM),
                v.get(LAST_EPOCH));
    }

    /**
     * PyTorch's constructor.
     *
     * @param baseLr {@code base_lr}: the lr at each cycle's start
     * @param maxLr {@code max_lr}: the lr at the top of the first cycle
     * @param stepSizeUp {@code step_size_up}: steps of each rising half, converted to a float as PyTorch does,
     *     {@code > 0} (PyTorch's default 2000)
     * @param stepSizeDown {@code step_size_down}: steps of each falling half, {@code >= 0}; null for
     *     {@code step_size_up} (PyTorch's default None)
     * @param mode {@code mode}: {@code triangular} (PyTorch's default), {@code triangular2} (the amplitude halves
     *     each cycle) or {@code exp_range} (scaled by {@code gamma ** s})
     * @param gamma {@code gamma}: exp_range's factor per step: a {@link Long} is a Python int, whose powers are
     *     exact, any other number a float, whose powers are C's {@code pow} (PyTorch's default 1.0)
     * @param scaleFn {@code scale_fn}: must be null (PyTorch's default None): a custom scale function is a Python
     *     function, which a spec cannot carry
     * @param scaleMode {@code scale_mode}: {@code cycle} (PyTorch's default) or {@code iterations}, what a custom
     *     {@code scale_fn} reads; every built-in mode sets its own, so it has no effect
     * @param cycleMomentum {@code cycle_momentum}: PyTorch cycles the momentum too; accepted, no effect on the lr
     *     (PyTorch's default true)
     * @param baseMomentum {@code base_momentum}: the lowest momentum; accepted, no effect on the lr (PyTorch's
     *     default 0.8)
     * @param maxMomentum {@code max_momentum}: the highest momentum; accepted, no effect on the lr (PyTorch's
     *     default 0.9)
     * @param lastEpoch {@code last_epoch}: PyTorch's resume index; only -1, a fresh scheduler (PyTorch's default -1)
     * @throws IllegalArgumentException naming the parameter that is out of range, or both lrs where
     *     {@code max_lr - base_lr} is not finite, or {@code step_size_up} where {@code step_size_up + step_size_down}
     *     is not
     */
    public CyclicLR(double baseLr, double maxLr, Number stepSizeUp, Number stepSizeDown, String mode, Number gamma,
            Object scaleFn, String scaleMode, boolean cycleMomentum, double baseMomentum, double maxMomentum,
            long lastEpoch) {
        SCALE_FN.require(scaleFn);
        this.baseLr = BASE_LR.require(baseLr);
        this.maxLr = MAX_LR.require(maxLr);
        this.stepSizeUp = STEP_SIZE_UP.require(stepSizeUp);
        this.stepSizeDown = STEP_SIZE_DOWN.require(stepSizeDown);
        this.mode = MODE.require(mode);
        this.gamma = GAMMA.require(gamma);
        this.scaleMode = SCALE_MODE.require(scaleMode);
        this.cycleMomentum = cycleMomentum;
        this.baseMomentum = BASE_MOMENTUM.require(baseMomentum);
        this.maxMomentum = MAX_MOMENTUM.require(maxMomentum);
        LAST_EPOCH.require(lastEpoch);

        double up = stepSizeUp.doubleValue();
        double down = stepSizeDown == null ? up : stepSizeDown.doubleValue();
        this.total = up + down;
        if (!Double.isFinite(total)) {
            throw STEP_SIZE_UP.bad(stepSizeUp, "+ step_size_down must be finite");
        }
        this.ratio = up / total;
        this.amp = Require.range("max_lr", maxLr, "base_lr", baseLr);
        this.endless = total >= 0x1p63;
        if (endless) {
            this.units = 0;
            this.fractionBits = 0;
            this.wholeTotal = 0;
        } else if (total == Math.rint(total)) {
            this.units = (long) total;
            this.fractionBits = 0;
            this.wholeTotal = (long) total;
        } else {
            double scaled = total;
            int bits = 0;
            while (scaled != Math.rint(scaled)) { // exact doublings; at most 1074
                scaled *= 2;
                bits++;
            }
            this.units = (long) scaled;
            this.fractionBits = bits;
            this.wholeTotal = 0;
        }
    }

    /**
     * The lr at each cycle's start.
     *
     * @return {@code base_lr}
     */
    public double baseLr() {
        return baseLr;
    }

    /**
     * The lr at the top of the first cycle.
     *
     * @return {@code max_lr}
     */
    public double maxLr() {
        return maxLr;
    }

    /**
     * Steps of each rising half.
     *
     * @return {@code step_size_up}, as given
     */
    public Number stepSizeUp() {
        return stepSizeUp;
    }

    /**
     * Steps of each falling half.
     *
     * @return {@code step_size_down}, as given: null for PyTorch's None (then it is {@code step_size_up})
     */
    public Number stepSizeDown() {
        return stepSizeDown;
    }

    /**
     * How the amplitude changes from cycle to cycle.
     *
     * @return {@code mode}: {@code triangular}, {@code triangular2} or {@code exp_range}
     */
    public String mode() {
        return mode;
    }

    /**
     * exp_range's factor per step.
     *
     * @return {@code gamma}
     */
    public Number gamma() {
        return gamma;
    }

    /** The exact {@code floor(s / total)}: cycle {@code c - 1}, a long for every step when total >= 1. */
    private BigInteger cyclesBefore(long step) {
        if (endless) {
            return BigInteger.ZERO;
        }
        if (wholeTotal > 0) {
            return BigInteger.valueOf(step / wholeTotal);
        }
        return BigInteger.valueOf(step).shiftLeft(fractionBits).divide(BigInteger.valueOf(units));
    }

    /** {@link #cyclesBefore} without allocating, for a total of at least 1 step. */
    private long cyclesBeforeLong(long step) {
        if (endless) {
            return 0;
        }
        if (wholeTotal > 0) {
            return step / wholeTotal;
        }
        if (fractionBits < 63 && step < (1L << (63 - fractionBits))) {
            return (step << fractionBits) / units;
        }
        return cyclesBefore(step).longValueExact();
    }

    /** The first step of the cycle after {@code n} whole cycles, {@code ceil(n * total)}; Long.MAX_VALUE past it. */
    private long cycleStart(long n) {
        if (endless) {
            return Long.MAX_VALUE;
        }
        boolean fits = Math.multiplyHigh(n, units) == 0 && n * units >= 0;
        if (fits && fractionBits == 0) {
            return n * units;
        }
        if (fits && fractionBits < 63) {
            long product = n * units;
            long whole = product >>> fractionBits;
            return (product & ((1L << fractionBits) - 1)) == 0 ? whole : whole + 1;
        }
        BigInteger start = exactStart(BigInteger.valueOf(n));
        return start.bitLength() < 64 ? start.longValue() : Long.MAX_VALUE;
    }

    /** The first step of the cycle after {@code n} whole cycles, {@code ceil(n * total)}, exactly. */
    private BigInteger exactStart(BigInteger n) {
        BigInteger product = n.multiply(BigInteger.valueOf(units));
        BigInteger[] qr = product.divideAndRemainder(BigInteger.ONE.shiftLeft(fractionBits));
        return qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
    }

    /**
     * The cycle of {@code step}: PyTorch's cycle {@code c} counted from 0, the whole steps {@code s} with {@code
     * floor(s / total) = c - 1}, where {@code total = float(step_size_up) + float(step_size_down)} exactly: with
     * float step sizes, the whole steps from {@code ceil((c - 1) * total)} to before {@code ceil(c * total)}.
     *
     * @param step a step
     * @return its cycle; a cycle of less than one step that holds none is never returned
     * @throws ArithmeticException where the cycle's index passes 2^63 - 1 (a total below one step, far out)
     */
    @Override
    public Cycle cycleOf(long step) {
        Require.step(step);
        if (endless) {
            return Cycle.endlessFrom(0, 0);
        }
        BigInteger before = cyclesBefore(step);
        if (before.bitLength() > 63) {
            throw new ArithmeticException("torch.CyclicLR at step " + step + ": its cycle " + before
                    + " is past 2^63 - 1");
        }
        return Cycle.until(before.longValue(), exactStart(before).longValueExact(),
                exactStart(before.add(BigInteger.ONE)));
    }

    /**
     * The factor of cycle {@code k} (PyTorch's {@code scale_fn(k + 1)}, its {@code scale_mode='cycle'}): 1 for
     * triangular, the exact {@code 1 / 2 ** k} for triangular2 (0 far out); exp_range scales each step, not cycles.
     *
     * @param cycle a cycle's index, {@code >= 0}
     * @return the factor, empty for exp_range
     */
    @Override
    public OptionalDouble cycleScale(long cycle) {
        Require.nonNegative("cycle", cycle);
        return "exp_range".equals(mode) ? OptionalDouble.empty() : OptionalDouble.of(scaleOf(cycle));
    }

    /** The cycle's scale after {@code before} whole cycles: 1, or triangular2's exact {@code 2^-(c-1)}, 0 far out. */
    private double scaleOf(long before) {
        if (!"triangular2".equals(mode)) {
            return 1.0;
        }
        return before > 2000 ? 0.0 : Math.scalb(1.0, -(int) before);
    }

    private CyclicTriangle half(double cycle, boolean rising, double scale) {
        double g = "exp_range".equals(mode) ? gamma.doubleValue() : 1.0;
        return rising ? new CyclicTriangle(total, cycle, 0.0, ratio, baseLr, amp, scale, g)
                : new CyclicTriangle(total, cycle, 1.0, ratio - 1, baseLr, amp, scale, g);
    }

    private boolean rising(long step, double cycle) {
        double x = 1.0 + step / total - cycle;
        return x <= ratio;
    }

    @Override
    public double at(long step) {
        Require.step(step);
        double cycle;
        double scale;
        if (total >= 1) { // the common case, without allocating: fewer cycles than steps
            long before = cyclesBeforeLong(step);
            cycle = before == Long.MAX_VALUE ? 0x1p63 : (double) (before + 1);
            scale = scaleOf(before);
        } else {
            BigInteger before = cyclesBefore(step);
            cycle = before.add(BigInteger.ONE).doubleValue();
            scale = before.compareTo(BigInteger.valueOf(2000)) > 0 ? scaleOf(2001) : scaleOf(before.longValue());
        }
        boolean rising = rising(step, cycle);
        if ((rising ? ratio : ratio - 1) == 0) {
            throw new ArithmeticException("torch.CyclicLR at step " + step + ": its scale factor divides by 0"
                    + " (PyTorch raises ZeroDivisionError: float division by zero)");
        }
        if ("exp_range".equals(mode) && gamma instanceof Long) { // Python's exact int power
            double x = 1.0 + step / total - cycle;
            double sf = rising ? x / ratio : (x - 1) / (ratio - 1);
            return Overflow.check(baseLr + (amp * sf) * TorchParams.power(gamma, step, step), step);
        }
        return Overflow.check(half(cycle, rising, scale).value(step), step);
    }

    /**
     * Each cycle's rising and falling halves as two pieces, {@code y} the step itself ({@code s / total} rounds
     * differently in every cycle, so cycles are not copies of each other); the split is where the float {@code x}
     * first passes the ratio. Cycles shorter than a step, an int gamma and a growing exp_range: step by step.
     */
    @Override
    public void plan(long first, long count, PieceSink sink) {
        boolean exp = "exp_range".equals(mode);
        if (total < 1 || exp && TorchParams.intOrGrowing(gamma)) {
            sink.perStep(count, first, this::at);
            return;
        }
        long end = first + count;
        long s = first;
        while (s < end) {
            long before = cyclesBeforeLong(s);
            long cycleEnd = before == Long.MAX_VALUE ? end : Math.min(end, cycleStart(before + 1));
            double cycle = before == Long.MAX_VALUE ? 0x1p63 : (double) (before + 1);
            double scale = scaleOf(before);
            long split = firstFalling(s, cycleEnd, cycle);
            if (split > s) {
                emit(sink, s, split, half(cycle, true, scale), ratio);
            }
            if (cycleEnd > split) {
                emit(sink, split, cycleEnd, half(cycle, false, scale), ratio - 1);
            }
            s = cycleEnd;
        }
    }

    private void emit(PieceSink sink, long from, long to, CyclicTriangle f, double divisor) {
        if (divisor == 0) {
            sink.perStep(to - from, from, this::at); // raises, as PyTorch does
        } else {
            sink.piece(to - from, from, 1, f);
        }
    }

    /** The first step in {@code [from, to)} whose x is past the ratio, or {@code to}: x grows within a cycle. */
    private long firstFalling(long from, long to, double cycle) {
        long lo = from;
        long hi = to;
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (rising(mid, cycle)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
