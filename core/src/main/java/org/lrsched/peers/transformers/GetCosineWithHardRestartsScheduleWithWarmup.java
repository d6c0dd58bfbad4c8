package org.lrsched.peers.transformers;

import java.math.BigInteger;
import java.util.OptionalDouble;
import org.lrsched.Spec;
import org.lrsched.formula.AffineCosine;
import org.lrsched.formula.DivScale;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.schedule.Cycle;
import org.lrsched.schedule.Cyclic;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * transformers' {@code get_cosine_with_hard_restarts_schedule_with_warmup}: the warm-up, then over
 * {@code D = max(1, T - W)} steps {@code num_cycles} cosines from lr to 0, each restarting at lr, then 0.0. The
 * peer finds the cycle with the float {@code (num_cycles * progress) % 1.0}; here the cycle of {@code y = step - W}
 * is the exact {@code j = floor(num_cycles * y / D)} (num_cycles taken as its exact binary64 value) and the
 * fraction is {@code fl(num_cycles * fl(y / D)) - j}, which is the peer's {@code % 1.0} wherever the float lands
 * in the right cycle, and the restart value where it does not (num_cycles = 22, 47, 49, ...). The cosine phase
 * ends at the exact {@code y >= D}.
 */
public final class GetCosineWithHardRestartsScheduleWithWarmup extends TransformersSchedule implements Cyclic {
    private static final Param<Double> NUM_CYCLES = Param.of("num_cycles", Kinds.REAL,
            "hard restarts over the decay").rule("of magnitude below 2^52 (an exact cycle index)",
                    n -> Math.abs(n) < 0x1p52).orElse(1.0);

    /** The type {@code transformers.get_cosine_with_hard_restarts_schedule_with_warmup} of the spec language. */
    public static final ScheduleType<GetCosineWithHardRestartsScheduleWithWarmup> TYPE = ScheduleType
            .<GetCosineWithHardRestartsScheduleWithWarmup>of(
                    "transformers.get_cosine_with_hard_restarts_schedule_with_warmup",
                    "transformers' get_cosine_with_hard_restarts_schedule_with_warmup: a linear warm-up from 0,"
                            + " then num_cycles cosines from lr to 0, restarts exact, then 0")
            .param(LR, GetCosineWithHardRestartsScheduleWithWarmup::lr)
            .param(NUM_WARMUP_STEPS, GetCosineWithHardRestartsScheduleWithWarmup::numWarmupSteps)
            .param(NUM_TRAINING_STEPS, GetCosineWithHardRestartsScheduleWithWarmup::numTrainingSteps)
            .param(NUM_CYCLES, GetCosineWithHardRestartsScheduleWithWarmup::numCycles)
            .example("transformers.get_cosine_with_hard_restarts_schedule_with_warmup(lr=5e-5,"
                    + " num_warmup_steps=500, num_training_steps=10000, num_cycles=3)")
            .build(v -> new GetCosineWithHardRestartsScheduleWithWarmup(v.get(LR), v.get(NUM_WARMUP_STEPS),
                    v.get(NUM_TRAINING_STEPS), v.get(NUM_CYCLES)));

    private final long numWarmupSteps;
    private final long numTrainingSteps;
    private final double numCycles;
    private final DivScale warmup;
    /** {@code max(1, T - W)}: the cosine phase is {@code 0 <= y < d}. */
    private final long d;
    /** num_cycles = {@code ncMantissa * 2^ncExponent}, exactly. */
    private final BigInteger ncMantissa;
    private final int ncExponent;
    /** num_cycles as a long when it is a whole number of magnitude below 2^52, else 0 with {@code ncWhole} false. */
    private final boolean ncWhole;
    private final long ncLong;

    /**
     * The schedule.
     *
     * @param lr {@code lr}: the optimizer's initial lr, which {@code LambdaLR} multiplies by the lambda (the peer's
     *     {@code optimizer})
     * @param numWarmupSteps {@code num_warmup_steps}: steps of the linear warm-up from 0 (0: none), {@code >= 0}
     * @param numTrainingSteps {@code num_training_steps}: the total number of training steps, where the restarts end
     *     and 0.0 follows, {@code >= 0}
     * @param numCycles {@code num_cycles}: hard restarts over the decay, each a cosine from lr to 0, of magnitude
     *     below 2^52 (an exact cycle index; transformers' default 1)
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public GetCosineWithHardRestartsScheduleWithWarmup(double lr, long numWarmupSteps, long numTrainingSteps,
            double numCycles) {
        super(lr);
        this.numWarmupSteps = NUM_WARMUP_STEPS.require(numWarmupSteps);
        this.numTrainingSteps = NUM_TRAINING_STEPS.require(numTrainingSteps);
        this.numCycles = NUM_CYCLES.require(numCycles);
        this.warmup = warmup(lr, numWarmupSteps);
        this.d = Math.max(1, numTrainingSteps - numWarmupSteps);
        long bits = Double.doubleToRawLongBits(numCycles);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & ((1L << 52) - 1);
        if (biased == 0) {
            biased = 1;
        } else {
            mantissa |= 1L << 52;
        }
        int exponent = biased - 1075;
        if (mantissa != 0) {
            int zeros = Long.numberOfTrailingZeros(mantissa);
            mantissa >>= zeros;
            exponent += zeros;
        } else {
            exponent = 0;
        }
        long signed = numCycles < 0 ? -mantissa : mantissa;
        this.ncMantissa = BigInteger.valueOf(signed);
        this.ncExponent = exponent;
        this.ncWhole = exponent >= 0;
        this.ncLong = ncWhole ? signed << exponent : 0;
    }

    /**
     * Steps of the linear warm-up from 0.
     *
     * @return {@code num_warmup_steps}
     */
    public long numWarmupSteps() {
        return numWarmupSteps;
    }

    /**
     * The total number of training steps.
     *
     * @return {@code num_training_steps}
     */
    public long numTrainingSteps() {
        return numTrainingSteps;
    }

    /**
     * Hard restarts over the decay.
     *
     * @return {@code num_cycles}
     */
    public double numCycles() {
        return numCycles;
    }

    /**
     * The cycle of {@code step}: {@code j = floor(num_cycles * y / D)} of {@code y = step - W}, numbered from 0 (as
     * {@code -j} for a negative {@code num_cycles}, whose {@code j} counts down). The warm-up's steps open cycle 0,
     * which starts at step 0; from {@code W + D} on, where the value is 0.0 for ever, one last cycle starts,
     * numbered after the others, and never ends.
     *
     * @param step a step
     * @return its cycle, found exactly
     */
    @Override
    public Cycle cycleOf(long step) {
        step(step);
        long y = Math.max(0, step - numWarmupSteps);
        if (y >= d) {
            return Cycle.endlessFrom(Math.abs(indexOf(d - 1)) + 1, numWarmupSteps + d);
        }
        long j = indexOf(y);
        long first = j == 0 ? 0 : numWarmupSteps + cycleEnd(j - Long.signum(j)); // the end of the cycle before
        BigInteger end = BigInteger.valueOf(numWarmupSteps).add(BigInteger.valueOf(cycleEnd(j)));
        return Cycle.until(Math.abs(j), first, end);
    }

    /**
     * transformers' cycles are not scaled.
     *
     * @param cycle a cycle's index, {@code >= 0}
     * @return empty
     */
    @Override
    public OptionalDouble cycleScale(long cycle) {
        Require.nonNegative("cycle", cycle);
        return OptionalDouble.empty();
    }

    /** The exact cycle {@code floor(num_cycles * y / d)} of {@code 0 <= y < d}. */
    long indexOf(long y) {
        if (ncWhole) {
            long hi = Math.multiplyHigh(ncLong, y);
            long lo = ncLong * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return Math.floorDiv(lo, d);
            }
        }
        return floorDiv(scaledNc(BigInteger.valueOf(y)), BigInteger.valueOf(d).shiftLeft(Math.max(0, -ncExponent)))
                .longValueExact();
    }

    /** {@code x * mantissa * 2^max(0, exponent)}: the numerator of {@code num_cycles * x}. */
    private BigInteger scaledNc(BigInteger x) {
        return x.multiply(ncMantissa).shiftLeft(Math.max(0, ncExponent));
    }

    /** The first {@code y} past cycle {@code j} (at most {@code d}). */
    private long cycleEnd(long j) {
        if (ncMantissa.signum() == 0) {
            return d;
        }
        BigInteger den = ncMantissa.shiftLeft(Math.max(0, ncExponent));
        BigInteger scaledD = BigInteger.valueOf(d).shiftLeft(Math.max(0, -ncExponent));
        BigInteger next;
        if (den.signum() > 0) { // cycle j + 1 starts at the first y with nc * y >= (j + 1) * d
            next = ceilDiv(BigInteger.valueOf(j).add(BigInteger.ONE).multiply(scaledD), den);
        } else { // nc < 0: cycle j - 1 starts at the first y with nc * y < j * d
            next = floorDiv(BigInteger.valueOf(j).multiply(scaledD).negate(), den.negate()).add(BigInteger.ONE);
        }
        return next.compareTo(BigInteger.valueOf(d)) >= 0 ? d : next.longValueExact();
    }

    private AffineCosine cycle(long j) {
        return new AffineCosine((double) d, 0.0, numCycles, (double) j, Math.PI, 1.0, 0.5, 1.0, 0.0, lr, true);
    }

    @Override
    public double at(long step) {
        step(step);
        if (step < numWarmupSteps) {
            return warmup.value(step);
        }
        long y = step - numWarmupSteps;
        if (y >= d) {
            return lr * 0.0;
        }
        return cycle(indexOf(y)).value(y);
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        long end = first + count;
        long s = piece(sink, first, end, numWarmupSteps, 0, warmup);
        long phaseEnd = numWarmupSteps > Long.MAX_VALUE - d ? Long.MAX_VALUE : numWarmupSteps + d;
        while (s < Math.min(end, phaseEnd)) {
            long y = s - numWarmupSteps;
            long j = indexOf(y);
            long cycleEnd = cycleEnd(j);
            long stop = Math.min(Math.min(end, phaseEnd),
                    numWarmupSteps > Long.MAX_VALUE - cycleEnd ? Long.MAX_VALUE : numWarmupSteps + cycleEnd);
            sink.piece(stop - s, y, 1, cycle(j));
            s = stop;
        }
        constant(sink, s, end, end, lr * 0.0);
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() != 0 && (qr[1].signum() != b.signum()) ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    private static BigInteger ceilDiv(BigInteger a, BigInteger b) {
        return floorDiv(a.negate(), b).negate();
    }
}
