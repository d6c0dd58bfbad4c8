package org.lrsched.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lrsched.Schedule;

/** Cyclic.parts: the cyclic schedules inside wrappers and sequences, with the outer steps each computes. */
class CyclicPartsTest {
    private static final Schedule SGDR = Schedule.parse("sgdr");
    private static final Schedule FLAX = Schedule.parse("flax_triangular");

    /** Each part computes the outer value at the ends of its span, and where the span needs no clipping. */
    private static void computes(Schedule outer, List<Part<Cyclic>> parts) {
        for (Part<Cyclic> p : parts) {
            for (long s : new long[] {p.first(), p.first() + 1, p.last() - 1, p.last()}) {
                if (s >= p.first() && s <= p.last()) {
                    assertThat(outer.at(s)).as("%s at %s", outer, s).isEqualTo(p.schedule().at(s - p.offset()));
                }
            }
        }
    }

    @Test
    void aCyclicScheduleIsItsOwnOnlyPartAndOtherSchedulesHaveNone() {
        assertThat(Cyclic.parts(SGDR)).containsExactly(new Part<>((Cyclic) SGDR, 0, Long.MAX_VALUE, 0));
        assertThat(Cyclic.parts(Schedule.parse("constant(lr=1)"))).isEmpty();
        assertThat(Cyclic.parts(Schedule.parse("cooldown_multifactor"))).isEmpty();
    }

    @Test
    void aWarmUpShiftsItsScheduleByItsLengthFromTheStepAfterTheRamp() {
        Schedule warm = new LinearWarmUp(SGDR, 0, 500);
        List<Part<Cyclic>> parts = Cyclic.parts(warm);
        assertThat(parts).containsExactly(new Part<>((Cyclic) SGDR, 501, Long.MAX_VALUE, 500));
        computes(warm, parts);
        assertThat(Cyclic.parts(new LinearWarmUp(SGDR, 0, 0)))
                .containsExactly(new Part<>((Cyclic) SGDR, 0, Long.MAX_VALUE, 0));
        assertThat(Cyclic.parts(new LinearWarmUp(SGDR, 0, Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void aCoolDownKeepsItsScheduleUpToStartIdx() {
        Schedule cool = new LinearCoolDown(SGDR, 0.001, 10_000, 500);
        List<Part<Cyclic>> parts = Cyclic.parts(cool);
        assertThat(parts).containsExactly(new Part<>((Cyclic) SGDR, 0, 10_000, 0));
        computes(cool, parts);
    }

    @Test
    void sequencesAndNestingShiftAndClipEachPart() {
        Schedule warmSgdr = new LinearWarmUp(SGDR, 0, 100);
        Schedule inner = new SequenceSchedule(List.of(FLAX, Schedule.parse("constant(lr=1)"), SGDR),
                new long[] {300, 300}); // the constant has no step
        Schedule outer = new LinearCoolDown(new SequenceSchedule(List.of(warmSgdr, inner), new long[] {1000}),
                0.5, 5000, 10);
        List<Part<Cyclic>> parts = Cyclic.parts(outer);
        assertThat(parts).containsExactly(
                new Part<>((Cyclic) SGDR, 101, 999, 100),
                new Part<>((Cyclic) FLAX, 1000, 1299, 1000),
                new Part<>((Cyclic) SGDR, 1300, 5000, 1300));
        computes(outer, parts);
    }

    @Test
    void cyclicsJavadocLoopListsEveryCycleAPartShowsOnce() {
        Schedule schedule = Schedule.parse("linear_cooldown(schedule=linear_warmup(schedule=sgdr, start_lr=0,"
                + " length=500), finish_lr=0, start_idx=2000, length=10)");
        List<Cycle> shown = new ArrayList<>();
        for (Part<Cyclic> part : Cyclic.parts(schedule)) { // as in Cyclic's Javadoc
            long last = part.last() - part.offset();
            Cyclic cyclic = part.schedule();
            for (Cycle c = cyclic.cycleOf(part.first() - part.offset()); ; c = cyclic.cycleOf(c.end())) {
                shown.add(c);
                if (c.endless() || c.end() > last) {
                    break;
                }
            }
        }
        assertThat(shown).containsExactly(new Cycle(0, 0, 250), new Cycle(1, 250, 500), new Cycle(2, 750, 1000));
    }

    @Test
    void peerJoinsAreSequencesToo() {
        Schedule join = Schedule.parse("optax.join_schedules(schedules=[optax.linear_schedule(init_value=0.0,"
                + " end_value=0.1, transition_steps=100), sgdr], boundaries=[100])");
        assertThat(Cyclic.parts(join)).containsExactly(new Part<>((Cyclic) SGDR, 100, Long.MAX_VALUE, 100));
        computes(join, Cyclic.parts(join));
        Schedule sequential = Schedule.parse("torch.SequentialLR(lr=0.1, schedulers=[torch.LinearLR("
                + "start_factor=0.01, total_iters=1000), torch.CosineAnnealingWarmRestarts(T_0=100, T_mult=2)],"
                + " milestones=[1000])");
        List<Part<Cyclic>> parts = Cyclic.parts(sequential);
        assertThat(parts).hasSize(1);
        assertThat(parts.get(0).schedule().spec().type()).isEqualTo("torch.CosineAnnealingWarmRestarts");
        assertThat(parts.get(0)).matches(p -> p.first() == 1000 && p.last() == Long.MAX_VALUE && p.offset() == 1000);
        computes(sequential, parts);
    }
}
