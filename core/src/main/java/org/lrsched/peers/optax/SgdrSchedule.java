package org.lrsched.peers.optax;

import java.util.List;
import java.util.OptionalDouble;
import org.lrsched.Schedule;
import org.lrsched.Spec;
import org.lrsched.internal.Require;
import org.lrsched.plan.PieceSink;
import org.lrsched.schedule.Cycle;
import org.lrsched.schedule.Cyclic;
import org.lrsched.schedule.SequenceSchedule;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;

/**
 * Optax's {@code sgdr_schedule}: its {@code join_schedules} of one {@code warmup_cosine_decay_schedule} per cycle,
 * cycle {@code i} starting at the sum of the earlier cycles' {@code decay_steps} (exact integers: no restart is
 * ever missed). The last cycle holds its final value for ever. Optax takes each cycle as a dict of
 * {@code warmup_cosine_decay_schedule}'s keyword arguments; here each is written as the schedule it builds.
 */
public final class SgdrSchedule extends OptaxSchedule implements Cyclic {
    private static final Param<List<Schedule>> COSINE_KWARGS = Param.of("cosine_kwargs", Kinds.schedules(),
                    "the cycles, each an optax.warmup_cosine_decay_schedule(...) of Optax's keyword arguments")
            .rule("a list of at least one optax.warmup_cosine_decay_schedule", l -> !l.isEmpty()
                    && l.stream().allMatch(s -> s instanceof WarmupCosineDecaySchedule));

    /** The type {@code optax.sgdr_schedule} of the spec language. */
    public static final ScheduleType<SgdrSchedule> TYPE = ScheduleType.<SgdrSchedule>of("optax.sgdr_schedule",
                    "Optax's sgdr_schedule: warm-up cosine cycles one after another, each restarting where the"
                            + " previous one's decay_steps end")
            .param(COSINE_KWARGS, SgdrSchedule::cosineKwargs)
            .example("optax.sgdr_schedule(cosine_kwargs=[optax.warmup_cosine_decay_schedule(init_value=0.0,"
                    + " peak_value=1.0, warmup_steps=100, decay_steps=1000), optax.warmup_cosine_decay_schedule("
                    + "init_value=0.0, peak_value=0.5, warmup_steps=100, decay_steps=2000)])")
            .build(v -> new SgdrSchedule(v.get(COSINE_KWARGS)));

    private final List<Schedule> cycles;
    /** Where each cycle after the first starts. */
    private final long[] boundaries;
    private final SequenceSchedule joined;

    /**
     * The schedule.
     *
     * @param cosineKwargs {@code cosine_kwargs}: the cycles, in order, at least one, each a
     *     {@link WarmupCosineDecaySchedule}; the sum of their {@code decay_steps} within {@code 2^63 - 1}
     * @throws IllegalArgumentException naming {@code cosine_kwargs} where it breaks one of these rules
     */
    public SgdrSchedule(List<Schedule> cosineKwargs) {
        this.cycles = List.copyOf(COSINE_KWARGS.require(cosineKwargs));
        this.boundaries = new long[cycles.size() - 1];
        long step = 0;
        for (int i = 0; i < cycles.size(); i++) {
            long length = ((WarmupCosineDecaySchedule) cycles.get(i)).decaySteps();
            if (step > Long.MAX_VALUE - length) {
                throw COSINE_KWARGS.bad(cycles, "must keep the sum of the cycles' decay_steps within 2^63 - 1");
            }
            step += length;
            if (i < boundaries.length) {
                boundaries[i] = step;
            }
        }
        this.joined = new SequenceSchedule(cycles, boundaries);
    }

    /**
     * The cycles.
     *
     * @return {@code cosine_kwargs}, unmodifiable
     */
    public List<Schedule> cosineKwargs() {
        return cycles;
    }

    /**
     * The cycle of {@code step}: the {@code warmup_cosine_decay_schedule} of {@code cosine_kwargs} that
     * {@code join_schedules} picks there, its warm-up included, {@code decay_steps} long; the last one never ends.
     *
     * @param step a step
     * @return its cycle
     */
    @Override
    public Cycle cycleOf(long step) {
        Require.step(step);
        int i = joined.partAt(step);
        long start = i == 0 ? 0 : boundaries[i - 1];
        if (i == boundaries.length) {
            return Cycle.endlessFrom(i, start);
        }
        return new Cycle(i, start, boundaries[i] - start);
    }

    /**
     * Optax's cycles are not scaled: each has its own {@code peak_value}.
     *
     * @param cycle a cycle's index, {@code >= 0}
     * @return empty
     */
    @Override
    public OptionalDouble cycleScale(long cycle) {
        Require.nonNegative("cycle", cycle);
        return OptionalDouble.empty();
    }

    @Override
    public double at(long step) {
        return joined.at(step);
    }

    @Override
    public void plan(long first, long count, PieceSink sink) {
        joined.plan(first, count, sink);
    }

    @Override
    public Spec spec() {
        return TYPE.specOf(this);
    }
}
