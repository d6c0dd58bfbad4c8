package org.lrsched.peers.timm;

import org.lrsched.spec.Kind;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.Reading;
import org.lrsched.spec.ScheduleType;
import org.lrsched.spec.Values;

/**
 * The parameters every timm scheduler takes from timm's {@code Scheduler} base class and its warm-up: {@code
 * warmup_t}, {@code warmup_lr_init}, {@code warmup_prefix} (False for the cosine, tanh and poly schedulers, True
 * for the step ones), {@code t_in_epochs}, the noise parameters and {@code initialize}.
 *
 * <p>{@code t_in_epochs} only decides whether timm's {@code step} or {@code step_update} moves the schedule: the
 * value at {@code t} is the same. Noise is out of scope (timm draws it from torch's random generator):
 * {@code noise_range_t} must be left out; {@code noise_pct}, {@code noise_std} and {@code noise_seed} are accepted
 * and, as in timm without {@code noise_range_t}, have no effect. {@code initialize} must be True: there is no
 * optimizer state to resume from.
 *
 * @param warmupT {@code warmup_t}: steps of linear warm-up from {@code warmup_lr_init} (0: none), {@code >= 0}
 *     (timm's default 0)
 * @param warmupLrInit {@code warmup_lr_init}: the rate at step 0 of the warm-up (timm's default 0.0)
 * @param warmupPrefix {@code warmup_prefix}: true, the schedule starts after the warm-up ({@code t - warmup_t});
 *     false, at {@code t = warmup_t} itself (timm's default false for the cosine, tanh and poly schedulers, true
 *     for the step ones)
 * @param tInEpochs {@code t_in_epochs}: whether timm's {@code step} (true) or {@code step_update} moves the
 *     schedule; the value at {@code t} is the same (timm's default true)
 * @param noisePct {@code noise_pct}: timm's noise limit, no effect without {@code noise_range_t} (timm's default
 *     0.67)
 * @param noiseStd {@code noise_std}: timm's noise deviation, no effect without {@code noise_range_t} (timm's
 *     default 1.0)
 * @param noiseSeed {@code noise_seed}: timm's noise seed, no effect without {@code noise_range_t} (timm's default
 *     42)
 * @param initialize {@code initialize}: must be true, lrsched has no optimizer state to resume from (timm's
 *     default true)
 */
public record SchedulerOptions(long warmupT, double warmupLrInit, boolean warmupPrefix, boolean tInEpochs,
        double noisePct, double noiseStd, long noiseSeed, boolean initialize) {

    /** Any spec value: what noise_range_t may be written as, so that it can be refused by name. */
    private static final Kind<Object> ANY = new Kind<>() {
        @Override
        public String describe() {
            return "None";
        }

        @Override
        public Object read(Object value, Reading at) {
            return value;
        }

        @Override
        public Object write(Object value) {
            return value;
        }
    };

    static final Param<Long> WARMUP_T = Param.of("warmup_t", Kinds.INTEGER,
            "steps of linear warm-up from warmup_lr_init (0: none)").rule(">= 0", t -> t >= 0).orElse(0L);
    static final Param<Double> WARMUP_LR_INIT = Param.of("warmup_lr_init", Kinds.REAL, "the rate at step 0 of the"
            + " warm-up").orElse(0.0);
    static final Param<Boolean> PREFIX_FALSE = prefix(false);
    static final Param<Boolean> PREFIX_TRUE = prefix(true);
    static final Param<Boolean> T_IN_EPOCHS = Param.of("t_in_epochs", Kinds.BOOLEAN,
            "whether timm's step (True) or step_update moves the schedule; the value at t is the same")
            .orElse(true);
    static final Param<Object> NOISE_RANGE_T = Param.of("noise_range_t", ANY,
            "timm's noise range: out of scope, must be left out (None)").optional()
            .rule("None: noise is out of scope (timm draws it from torch's random generator); leave noise_range_t out",
                    v -> false);
    static final Param<Double> NOISE_PCT = Param.of("noise_pct", Kinds.REAL,
            "timm's noise limit: no effect without noise_range_t").orElse(0.67);
    static final Param<Double> NOISE_STD = Param.of("noise_std", Kinds.REAL,
            "timm's noise deviation: no effect without noise_range_t").orElse(1.0);
    static final Param<Long> NOISE_SEED = Param.of("noise_seed", Kinds.INTEGER,
            "timm's noise seed: no effect without noise_range_t").orElse(42L);
    static final Param<Boolean> INITIALIZE = Param.of("initialize", Kinds.BOOLEAN,
            "timm's initialize: must be True (lrsched has no optimizer state to resume from)")
            .rule("True (lrsched has no optimizer state to resume from)", b -> b).orElse(true);

    private static Param<Boolean> prefix(boolean byDefault) {
        return Param.of("warmup_prefix", Kinds.BOOLEAN, "True: the schedule starts after the warm-up (t - warmup_t);"
                + " False: at t = warmup_t itself").orElse(byDefault);
    }

    /**
     * Checks the options as the spec reader does.
     *
     * @param warmupT {@code warmup_t}: steps of linear warm-up from {@code warmup_lr_init} (0: none), {@code >= 0}
     *     (timm's default 0)
     * @param warmupLrInit {@code warmup_lr_init}: the rate at step 0 of the warm-up (timm's default 0.0)
     * @param warmupPrefix {@code warmup_prefix}: true, the schedule starts after the warm-up ({@code t - warmup_t});
     *     false, at {@code t = warmup_t} itself (timm's default false for the cosine, tanh and poly schedulers, true
     *     for the step ones)
     * @param tInEpochs {@code t_in_epochs}: whether timm's {@code step} (true) or {@code step_update} moves the
     *     schedule; the value at {@code t} is the same (timm's default true)
     * @param noisePct {@code noise_pct}: timm's noise limit, no effect without {@code noise_range_t} (timm's default
     *     0.67)
     * @param noiseStd {@code noise_std}: timm's noise deviation, no effect without {@code noise_range_t} (timm's
     *     default 1.0)
     * @param noiseSeed {@code noise_seed}: timm's noise seed, no effect without {@code noise_range_t} (timm's default
     *     42)
     * @param initialize {@code initialize}: must be true, lrsched has no optimizer state to resume from (timm's default
     *     true)
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public SchedulerOptions {
        WARMUP_T.require(warmupT);
        WARMUP_LR_INIT.require(warmupLrInit);
        NOISE_PCT.require(noisePct);
        NOISE_STD.require(noiseStd);
        INITIALIZE.require(initialize);
    }

    /**
     * No warm-up, timm's defaults otherwise.
     *
     * @param warmupPrefix {@code warmup_prefix}, whose default is the scheduler's own (false for the cosine, tanh and
     *     poly schedulers, true for the step ones)
     * @return the options
     */
    public static SchedulerOptions defaults(boolean warmupPrefix) {
        return new SchedulerOptions(0, 0.0, warmupPrefix, true, 0.67, 1.0, 42, true);
    }

    /**
     * A warm-up of {@code warmupT} steps from {@code warmupLrInit}, timm's defaults otherwise.
     *
     * @param warmupT {@code warmup_t}: steps of linear warm-up, {@code >= 0}
     * @param warmupLrInit {@code warmup_lr_init}: the rate at step 0 of the warm-up
     * @param warmupPrefix {@code warmup_prefix}: true, the schedule starts after the warm-up; false, at
     *     {@code t = warmup_t} itself
     * @return the options
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public static SchedulerOptions warmup(long warmupT, double warmupLrInit, boolean warmupPrefix) {
        return new SchedulerOptions(warmupT, warmupLrInit, warmupPrefix, true, 0.67, 1.0, 42, true);
    }

    /** Adds the warm-up and noise parameters, in timm's order, to a scheduler's declaration. */
    static <S extends TimmScheduler> ScheduleType.Builder<S> declare(ScheduleType.Builder<S> type,
            Param<Boolean> prefix) {
        return type.param(WARMUP_T, s -> s.options().warmupT)
                .param(WARMUP_LR_INIT, s -> s.options().warmupLrInit)
                .param(prefix, s -> s.options().warmupPrefix)
                .param(T_IN_EPOCHS, s -> s.options().tInEpochs)
                .param(NOISE_RANGE_T, s -> null)
                .param(NOISE_PCT, s -> s.options().noisePct)
                .param(NOISE_STD, s -> s.options().noiseStd)
                .param(NOISE_SEED, s -> s.options().noiseSeed);
    }

    /** The options a spec's values describe; noise_range_t must be absent. */
    static SchedulerOptions of(Values v, Param<Boolean> prefix) {
        NOISE_RANGE_T.require(v.get(NOISE_RANGE_T));
        return new SchedulerOptions(v.get(WARMUP_T), v.get(WARMUP_LR_INIT), v.get(prefix), v.get(T_IN_EPOCHS),
                v.get(NOISE_PCT), v.get(NOISE_STD), v.get(NOISE_SEED), v.get(INITIALIZE));
    }
}
