package org.lrsched.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.lrsched.types.Presets;
import org.lrsched.Spec;
import org.lrsched.spec.SpecException;
import org.lrsched.spec.SpecText;

class JsonSpecTest {

    static Iterable<String> presets() {
        return Presets.all().keySet();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void presetsRoundTrip(String name) {
        Spec asWritten = SpecText.parse(Presets.all().get(name));
        Spec withDefaults = Presets.get(name).spec();

        assertThat(JsonSpec.parse(JsonSpec.print(asWritten))).isEqualTo(asWritten);
        assertThat(JsonSpec.parse(JsonSpec.print(withDefaults))).isEqualTo(withDefaults);
    }

    @Test
    void integersAreLongsAndOtherNumbersDoubles() {
        Spec spec = JsonSpec.parse("{\"type\": \"t\", \"a\": 1, \"b\": 2.0, \"c\": 1e3, \"d\": -0.0, \"e\": 9007199254740993,"
                + " \"f\": \"linear\", \"g\": [250, 750], \"h\": []}");

        assertThat(spec.type()).isEqualTo("t");
        assertThat(spec.params()).containsExactly(Map.entry("a", 1L), Map.entry("b", 2.0), Map.entry("c", 1000.0),
                Map.entry("d", -0.0), Map.entry("e", 9007199254740993L), Map.entry("f", "linear"),
                Map.entry("g", List.of(250L, 750L)), Map.entry("h", List.of()));
    }

    @ParameterizedTest
    @CsvSource({"0.1", "0.003", "2.2250738585072011e-308", "4.9e-324", "1.7976931348623157e308", "9007199254740993.0",
        "0.1000000000000000055511151231257827021181583404541015625", "1.00000000000000011102230246251565404236316680908203125"})
    void decimalsRoundOnceAsParseDouble(String decimal) {
        Object value = JsonSpec.parse("{\"type\": \"t\", \"x\": " + decimal + "}").params().get("x");

        assertThat(Double.doubleToRawLongBits((Double) value)).isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(decimal)));
    }

    @Test
    void randomDoublesRoundTrip() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 20_000; i++) {
            double x = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(x)) {
                Spec spec = Spec.of("t").put("x", x).build();
                assertThat(JsonSpec.parse(JsonSpec.print(spec))).as("%s", x).isEqualTo(spec);
            }
        }
    }

    @Test
    void printsTheTypeFirstAndNestedSchedulesAsObjects() {
        assertThat(JsonSpec.print(SpecText.parse("cyclical(shape=cosine(min_lr=0.01, max_lr=2), cycle_length=250)")))
                .isEqualTo("{\"type\":\"cyclical\",\"shape\":{\"type\":\"cosine\",\"min_lr\":0.01,\"max_lr\":2},"
                        + "\"cycle_length\":250}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                                                      | JSON spec: empty",
        "'{\"type\": \"cosine\",\n \"min_lr\": 1,}'              | JSON spec, line 2, column 14: ",
        "'{\"type\": \"cosine\"} x'                              | JSON spec, line 1, column 21: ",
        "'{\"type\": \"a\", \"type\": \"b\"}'                    | Duplicate field 'type'",
        "'[1]'                                                   | $: expected a schedule object",
        "'{\"min_lr\": 1}'                                       | $: missing \"type\"",
        "'{\"type\": 3}'                                         | $.type: expected a schedule type name (a string), got 3",
        "'{\"type\": \"cyclical\", \"shape\": {\"min_lr\": 1}}'  | $.shape: missing \"type\"",
        "'{\"type\": \"c\", \"shape\": {\"type\": \"d\", \"min_lr\": null}}' | $.shape.min_lr: null is not a value",
        "'{\"type\": \"m\", \"step\": [1, {\"min_lr\": 1}]}'     | $.step[1]: missing \"type\"",
        "'{\"type\": \"m\", \"step\": [[1]]}'                    | $.step[0]: a list cannot hold a list",
        "'{\"type\": \"m\", \"s\": {\"1\": 2, \"x\": 3}}'         | $.s: missing \"type\"",
        "'{\"type\": \"m\", \"n\": 9223372036854775808}'         | $.n: 9223372036854775808 does not fit in a 64-bit integer",
        "'{\"type\": \"m\", \"x\": 1e400}'                       | $.x: a number beyond the range of a double",
        "'{\"type\": \"m\", \"x\": [null]}'                      | $.x[0]: null is not a value",
    })
    void errorsSayWhere(String json, String message) {
        assertThatThrownBy(() -> JsonSpec.parse(json)).isInstanceOf(SpecException.class).hasMessageContaining(message.strip());
    }

    @Test
    void jacksonsOwnPositionsAreLinesAndColumnsToo() {
        assertThatThrownBy(() -> JsonSpec.parse("{\"type\": \"cosine\"")).hasMessage("JSON spec, line 1, column 18:"
                + " Unexpected end-of-input: expected close marker for Object (start marker at line: 1, column: 1)");
    }

    @Test
    void listsOfSchedulesMapsOfStepsAndBooleansReadAndPrintAsTheTextFormDoes() {
        String text = "x(parts=[cosine(min_lr=0, max_lr=1, cycle_length=10), sgdr], scales={100: 0.5, 200: 0.1},"
                + " on=True, steps=[1, 2])";
        String json = JsonSpec.print(SpecText.parse(text));
        assertThat(json).isEqualTo("{\"type\":\"x\",\"parts\":[{\"type\":\"cosine\",\"min_lr\":0,\"max_lr\":1,"
                + "\"cycle_length\":10},\"sgdr\"],\"scales\":{\"100\":0.5,\"200\":0.1},\"on\":true,\"steps\":[1,2]}");
        assertThat(JsonSpec.parse(json)).isEqualTo(SpecText.parse(text));
    }

    @Test
    void noneInTheTextFormIsALeftOutParameter() {
        assertThat(JsonSpec.print(SpecText.parse("one_cycle(start_lr=0.1, finish_lr=None)"))).doesNotContain("finish_lr");
    }

    @Test
    void printingRefusesWhatJsonCannotSpell() {
        assertThatThrownBy(() -> JsonSpec.print(SpecText.parse("cosine(min_lr=inf, max_lr=2)")))
                .isInstanceOf(SpecException.class).hasMessage("$.min_lr: JSON has no spelling for Infinity");
        assertThatThrownBy(() -> JsonSpec.print(SpecText.parse("m(step=[1, inf])")))
                .isInstanceOf(SpecException.class).hasMessage("$.step[1]: JSON has no spelling for Infinity");
    }
}
