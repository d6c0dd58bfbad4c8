package org.lrsched.spec;

import org.lrsched.types.ScheduleTypes;
import org.lrsched.types.Presets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lrsched.Schedule;
import org.lrsched.schedule.CycleLength;
import org.lrsched.schedule.CyclicalSchedule;
import org.lrsched.schedule.LinearWarmUp;
import org.lrsched.schedule.MxnetFactorScheduler;
import org.lrsched.schedule.MxnetWarmup;
import org.lrsched.schedule.TriangularShape;

/** The text form: printing and parsing round-trip, and every error says where it is and what is valid there. */
class SpecTextTest {

    private static Schedule build(String text) {
        return ScheduleTypes.build(SpecText.parse(text));
    }

    /** Print, parse, build: the same spec, an equal schedule, the same value at every step asked. */
    private static void assertRoundTrips(Schedule schedule) {
        String text = schedule.toString();
        assertThat(text).isEqualTo(schedule.spec().toString());
        assertThat(SpecText.parse(text)).isEqualTo(schedule.spec());
        Schedule back = ScheduleTypes.build(SpecText.parse(text));
        assertThat(back).isEqualTo(schedule).hasSameHashCodeAs(schedule);
        for (long step : new long[] {0, 1, 2, 5, 50, 249, 250, 251, 1000, 1250, 5000, 1L << 40}) {
            assertThat(Double.doubleToRawLongBits(back.at(step))).as("%s at %d", text, step)
                    .isEqualTo(Double.doubleToRawLongBits(schedule.at(step)));
        }
    }

    static Stream<String> presets() {
        return Presets.all().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("presets")
    void everyPresetRoundTrips(String name) {
        Schedule preset = Presets.get(name);
        assertRoundTrips(preset);
        assertThat(build(Presets.all().get(name))).isEqualTo(preset);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "triangular(min_lr=-0.0, max_lr=4.9E-324, cycle_length=9223372036854775807, inc_fraction=1.0)",
        "cosine(min_lr=0.30000000000000004, max_lr=1.7976931348623157E308, cycle_length=100.5)",
        "cyclical(shape=triangular(min_lr=1.0E-300, max_lr=0.1, inc_fraction=0.3333333333333333),"
                + " cycle_length=0.5, cycle_length_decay=2.5, cycle_magnitude_decay=0.9)",
        "linear_cooldown(schedule=linear_warmup(schedule=mxnet_multifactor(step=[1, 9007199254740993], factor=0.5,"
                + " base_lr=1.0, warmup_steps=3, warmup_begin_lr=-2.0, warmup_mode=constant), start_lr=0.0, length=0),"
                + " finish_lr=1.0E21, start_idx=250, length=0)",
        "one_cycle(start_lr=0.1, max_lr=0.5, cycle_length=500)",
        "mxnet_poly(max_update=2000, base_lr=0.01, pwr=0.0, final_lr=-1.0, warmup_steps=1999, warmup_begin_lr=0.0,"
                + " warmup_mode=linear)"})
    void valuesThatAreHardToPrintRoundTrip(String text) {
        assertRoundTrips(build(text));
    }

    @Test
    void integersForRealsAndSpacesAreAccepted() {
        Schedule loose = build("  triangular ( min_lr = 1 , max_lr=2,cycle_length=1e3 )  ");
        assertThat(loose).isEqualTo(build("triangular(min_lr=1.0, max_lr=2.0, cycle_length=1000, inc_fraction=0.5)"));
        assertRoundTrips(loose);
    }

    @Test
    void schedulesMadeByConstructorsRoundTrip() {
        assertRoundTrips(new CyclicalSchedule(new TriangularShape(0.5, 2.0, 0.25), CycleLength.of(99.5),
                1.5, 0.5));
        assertRoundTrips(new LinearWarmUp(new MxnetFactorScheduler(250, 0.5, 1e-8, 1.0,
                new MxnetWarmup(100, 0.1, MxnetWarmup.Mode.LINEAR)), 0.0, 10));
    }

    /** Malformed text: the column of the error, and what was expected there. */
    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("triangular(min_lr=1, max_lr=2, cycle_length=10", 47, "')'"),
                Arguments.of("triangular(min_lr=1, max_lr=2, cycle_length=10))", 48, "end of the spec"),
                Arguments.of("cyclical(shape=cosine(min_lr=1, max_lr=2, cycle_length=10)", 59, "')'"),
                Arguments.of("triangular(min_lr 1, max_lr=2, cycle_length=10)", 19, "'='"),
                Arguments.of("triangular(min_lr=1.2.3, max_lr=2, cycle_length=10)", 19, "not a number"),
                Arguments.of("triangular(min_lr=1e, max_lr=2, cycle_length=10)", 19, "not a number"),
                Arguments.of("triangular(min_lr=, max_lr=2, cycle_length=10)", 19, "a number"),
                Arguments.of("triangular(min_lr=1, max_lr=2, cycle_length=99999999999999999999)", 45, "64 bits"),
                Arguments.of("triangular min_lr=1", 12, "'('"),
                Arguments.of("", 1, "schedule type name"),
                Arguments.of("(min_lr=1)", 1, "schedule type name"),
                Arguments.of("mxnet_multifactor(step=[10, 20)", 31, "']'"),
                Arguments.of("mxnet_poly(max_update=10, warmup_mode='linear)", 39, "unterminated"),
                Arguments.of("triangular(min_lr=1, min_lr=2, max_lr=2, cycle_length=10)", 22, "twice"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("malformed")
    void malformedTextSaysWhereAndWhatWasExpected(String text, int column, String expected) {
        assertThatThrownBy(() -> SpecText.parse(text)).isInstanceOf(SpecException.class)
                .hasMessageContaining("column " + column + ":").hasMessageContaining(expected);
    }

    @Test
    void anUnknownTypeListsTheValidTypes() {
        assertThatThrownBy(() -> build("linear_warmup(schedule=cosine_annealing(min_lr=1), start_lr=0, length=5)"))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("linear_warmup.schedule").hasMessageContaining("cosine_annealing")
                .satisfies(e -> assertThat(e.getMessage()).contains(ScheduleTypes.names()));
        assertThatThrownBy(() -> build("sgdr(cycle_length=10)")).hasMessageContaining("'sgdr'")
                .satisfies(e -> assertThat(e.getMessage()).contains(ScheduleTypes.names()));
    }

    @Test
    void aScheduleThatIsNoCycleShapeListsTheShapes() {
        assertThatThrownBy(() -> build("cyclical(shape=flax_triangular(lr_min=1, lr_max=2, steps_per_cycle=3),"
                + " cycle_length=10)")).isInstanceOf(SpecException.class)
                .hasMessageContaining("cyclical.shape").hasMessageContaining("triangular, cosine");
    }

    @Test
    void anUnknownParameterListsTheValidOnes() {
        assertThatThrownBy(() -> build("triangular(min_lr=1, max_lr=2, cycle_length=10, inc_frac=0.2)"))
                .isInstanceOf(SpecException.class).hasMessageContaining("triangular.inc_frac")
                .hasMessageContaining("min_lr, max_lr, cycle_length, inc_fraction");
        assertThatThrownBy(() -> build("linear_warmup(schedule=mxnet_factor(step=3, warmup=5), start_lr=0, length=5)"))
                .hasMessageContaining("linear_warmup.schedule.warmup").hasMessageContaining("warmup_steps")
                .hasMessageContaining("warmup_mode");
        assertThatThrownBy(() -> build("cyclical(shape=cosine(min_lr=1, max_lr=2, cycle_length=5), cycle_length=10)"))
                .hasMessageContaining("cyclical.shape.cycle_length").hasMessageContaining("min_lr, max_lr");
    }

    @Test
    void aMissingRequiredParameterIsNamedWithWhatItTakes() {
        assertThatThrownBy(() -> build("cosine(min_lr=1, max_lr=2)")).isInstanceOf(SpecException.class)
                .hasMessageContaining("cycle_length").hasMessageContaining("missing")
                .hasMessageContaining("min_lr, max_lr, cycle_length");
        assertThatThrownBy(() -> build("linear_cooldown(schedule=mxnet_multifactor(factor=0.5), finish_lr=0,"
                + " start_idx=1, length=1)")).hasMessageContaining("linear_cooldown.schedule")
                .hasMessageContaining("step").hasMessageContaining("list of integer steps");
    }

    @Test
    void aValueOfTheWrongKindSaysWhatKindIsWanted() {
        for (List<String> c : List.of(
                List.of("triangular(min_lr=low, max_lr=2, cycle_length=10)", "triangular.min_lr", "a number"),
                List.of("flax_triangular(lr_min=1, lr_max=2, steps_per_cycle=2.5)", "flax_triangular.steps_per_cycle",
                        "an integer"),
                List.of("linear_warmup(schedule=0.5, start_lr=0, length=5)", "linear_warmup.schedule", "a schedule"),
                List.of("mxnet_multifactor(step=10)", "mxnet_multifactor.step", "a list of integer steps"),
                List.of("mxnet_factor(step=10, warmup_mode=1)", "mxnet_factor.warmup_mode", "linear, constant"))) {
            assertThatThrownBy(() -> build(c.get(0))).as(c.get(0)).isInstanceOf(SpecException.class)
                    .hasMessageContaining(c.get(1)).hasMessageContaining(c.get(2));
        }
    }

    @Test
    void anUnknownPresetListsThePresets() {
        assertThatThrownBy(() -> Presets.get("sgdr2")).isInstanceOf(SpecException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains(Presets.all().keySet()));
    }
}
