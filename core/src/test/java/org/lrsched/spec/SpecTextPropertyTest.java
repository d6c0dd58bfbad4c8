package org.lrsched.spec;

import org.lrsched.Spec;
import org.lrsched.testing.RandomSpecs;
import org.lrsched.types.ScheduleTypes;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.lrsched.Schedule;

/** Random schedule trees survive printing and parsing: the same spec, an equal schedule, the same values. */
class SpecTextPropertyTest {
    private static final long[] STEPS = {0, 1, 2, 3, 10, 99, 500, 1000, 2000};

    @Property(tries = 1000)
    void printedSpecsParseBackToEqualSpecsAndSchedules(@ForAll("schedules") Spec spec) {
        assertThat(SpecText.parse(spec.toString())).isEqualTo(spec);
        Schedule schedule = ScheduleTypes.build(spec);
        Spec canonical = schedule.spec();
        assertThat(SpecText.parse(schedule.toString())).isEqualTo(canonical);
        Schedule rebuilt = ScheduleTypes.build(SpecText.parse(schedule.toString()));
        assertThat(rebuilt).isEqualTo(schedule).hasSameHashCodeAs(schedule);
        for (long step : STEPS) {
            assertThat(Double.doubleToRawLongBits(rebuilt.at(step))).as("%s at %d", schedule, step)
                    .isEqualTo(Double.doubleToRawLongBits(schedule.at(step)));
        }
    }

    @Provide
    Arbitrary<Spec> schedules() {
        return RandomSpecs.schedules(3);
    }
}
