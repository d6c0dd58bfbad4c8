package org.lrsched.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.lrsched.Schedule;
import org.lrsched.Spec;
import org.lrsched.contract.Contract;
import org.lrsched.peers.torch.TorchKinds;
import org.lrsched.schedule.CycleLength;
import org.lrsched.schedule.Decay;
import org.lrsched.spec.Kind;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;
import org.lrsched.spec.SpecException;
import org.lrsched.table.Kernel;
import org.lrsched.table.Tables;
import org.lrsched.types.ScheduleTypes;

/**
 * Every declared type's example with one parameter pushed to an edge: {@code Long.MAX_VALUE}, the ends of the
 * double range, the smallest subnormal. Each must either be refused in one message, or build a schedule whose
 * values are finite (or raise, where the reference raises) and whose tables equal {@code at} under the contract,
 * near step 0 and near the last long; never a NaN, never a hang (the tests bound the time).
 */
public final class ExtremeParameters {
    private static final long[] STEPS = {0, 1, 2, 3, 999, 1000, 1001, 1L << 31, (1L << 53) + 1, 1L << 62,
            Long.MAX_VALUE - 2, Long.MAX_VALUE - 1, Long.MAX_VALUE};
    private static final int TABLE = 67;

    private ExtremeParameters() {}

    /** One spec: the type's example, with {@code param} set to an edge value. */
    public record Case(String type, String param, Object value, Spec spec) {
        @Override
        public String toString() {
            return type + "." + param + "=" + Spec.print(value);
        }
    }

    public static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (ScheduleType<? extends Schedule> type : ScheduleTypes.schedules()) {
            Spec example = Schedule.parse(type.example()).spec();
            for (Param<?> p : type.params()) {
                for (Object value : edges(p.kind())) {
                    Spec.Builder spec = Spec.of(type.name());
                    example.params().forEach((name, v) -> spec.put(name, name.equals(p.name()) ? null : v));
                    cases.add(new Case(type.name(), p.name(), value, spec.put(p.name(), value).build()));
                }
            }
        }
        return cases.stream();
    }

    private static List<Object> edges(Kind<?> kind) {
        if (kind == Kinds.REAL || kind == Kinds.NUMBER) {
            return List.of(1e308, -1e308, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -0.0,
                    Long.MAX_VALUE);
        }
        if (kind == Kinds.INTEGER || kind == TorchKinds.INT) {
            return List.of(Long.MAX_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE, 0L, 1L);
        }
        if (kind == CycleLength.KIND) {
            return List.of(Long.MAX_VALUE, 1L, 0.5, 1e300, Double.MAX_VALUE);
        }
        if (kind == Decay.KIND) {
            return List.of(Long.MAX_VALUE, 1e300, 1.0000000001, Double.MIN_VALUE);
        }
        if (kind == Kinds.STEPS) {
            return List.of(List.of(Long.MAX_VALUE), List.of(1L, Long.MAX_VALUE - 1, Long.MAX_VALUE), List.of(0L));
        }
        return List.of();
    }

    /** Refused in one message, or finite values and tables that equal {@code at} through {@code kernel}. */
    public static void check(Case c, Kernel kernel) {
        Schedule schedule;
        try {
            schedule = ScheduleTypes.build(c.spec());
        } catch (SpecException refused) {
            assertThat(refused.getMessage()).as(c.toString()).doesNotContain("\n").isNotBlank();
            return;
        }
        for (long step : STEPS) {
            try {
                assertThat(schedule.at(step)).as("%s at %d", c, step).isFinite();
            } catch (ArithmeticException raises) {
                assertThat(raises.getMessage()).as(c.toString()).isNotBlank();
            }
        }
        table(schedule, 0, kernel, c);
        table(schedule, Long.MAX_VALUE - 1 - TABLE, kernel, c);
    }

    private static void table(Schedule schedule, long first, Kernel kernel, Case c) {
        double[] want = new double[TABLE];
        try {
            for (int i = 0; i < TABLE; i++) {
                want[i] = schedule.at(first + i);
            }
        } catch (ArithmeticException raises) {
            assertThatThrownBy(() -> Tables.fill(schedule, first, new double[TABLE], 0, TABLE, kernel))
                    .as("%s from %d: at raises, so must the table", c, first).isInstanceOf(ArithmeticException.class);
            return;
        }
        double[] got = new double[TABLE];
        Tables.fill(schedule, first, got, 0, TABLE, kernel);
        Contract contract = Contract.of(schedule, first, TABLE);
        for (int i = 0; i < TABLE; i++) {
            if (!contract.holds(want[i], got[i])) {
                assertThat(got[i]).as("%s, %s kernel, step %d (%s)", c, kernel, first + i, contract).isEqualTo(want[i]);
            }
        }
    }
}
