package org.lrsched.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lrsched.Schedule;
import org.lrsched.Spec;
import org.lrsched.spec.Kinds;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;
import org.lrsched.spec.SpecException;
import org.lrsched.spec.SpecText;

/**
 * What every declared type owes, checked from the declarations themselves, so that a new type is covered the
 * moment it is registered: an example that builds and prints back to an equal schedule, and every real
 * parameter refusing a number that is not finite with its own name.
 */
class DeclarationsTest {

    static Stream<ScheduleType<? extends Schedule>> types() {
        return ScheduleTypes.schedules().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void theExampleBuildsAndPrintsBackToAnEqualSchedule(ScheduleType<? extends Schedule> type) {
        assertThat(type.example()).as("%s has an example", type).isNotNull();
        Schedule schedule = Schedule.parse(type.example());
        assertThat(schedule.spec().type()).isEqualTo(type.name());
        assertThat(Schedule.parse(schedule.toString())).isEqualTo(schedule);
        assertThat(schedule.spec().params().keySet()).as("every parameter printed, defaults too")
                .containsExactlyElementsOf(type.params().stream().map(Param::name)
                        .filter(schedule.spec().params()::containsKey).toList());
        for (Param<?> p : type.params()) {
            assertThat(p.description()).as("%s.%s", type, p).isNotBlank();
            if (p.required()) {
                assertThat(schedule.spec().params()).as("%s.%s is required", type, p).containsKey(p.name());
            }
        }
    }

    static Stream<Arguments> realParameters() {
        List<Arguments> cases = new ArrayList<>();
        types().forEach(type -> type.params().stream().filter(p -> p.kind() == Kinds.REAL)
                .forEach(p -> cases.add(Arguments.of(type, p.name()))));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("realParameters")
    void aRealParameterRefusesNonFiniteNumbersByName(ScheduleType<? extends Schedule> type, String param) {
        Spec example = SpecText.parse(type.example());
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            Spec.Builder spec = Spec.of(type.name());
            example.params().forEach((name, value) -> spec.put(name, name.equals(param) ? null : value));
            Spec withBad = spec.put(param, bad).build();
            assertThatThrownBy(() -> ScheduleTypes.build(withBad)).as("%s", withBad).isInstanceOf(SpecException.class)
                    .hasMessageContaining(param).hasMessageContaining(String.valueOf(bad));
        }
    }
}
