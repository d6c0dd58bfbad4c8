package org.lrsched.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lrsched.Spec;

/** Values of every kind the text form writes: lists of schedules, maps of steps, booleans; Java numbers. */
class SpecValuesTest {

    @Test
    void listsOfSchedulesMapsAndBooleansRoundTrip() {
        String text = "x.Y(parts=[cosine(min_lr=0, max_lr=1, cycle_length=10), sgdr], scales={100: 0.5, 200: 0.1},"
                + " on=True, off=False, mode=\"1-sqrt\", name=linear)";
        Spec spec = SpecText.parse(text);
        assertThat(spec.type()).isEqualTo("x.Y");
        assertThat(spec.params().get("parts")).isEqualTo(List.of(SpecText.parse(
                "cosine(min_lr=0, max_lr=1, cycle_length=10)"), "sgdr"));
        assertThat(spec.params().get("scales")).isEqualTo(Map.of(100L, 0.5, 200L, 0.1));
        assertThat(spec.params().get("on")).isEqualTo(true);
        assertThat(spec.params().get("mode")).isEqualTo("1-sqrt");
        assertThat(spec.toString()).isEqualTo(text);
        assertThat(SpecText.parse(spec.toString())).isEqualTo(spec);
    }

    @Test
    void badMapsAndListsSayWhere() {
        assertThatThrownBy(() -> SpecText.parse("a(s={1: 2, 1: 3})")).hasMessageContaining("column 12")
                .hasMessageContaining("step 1 is given twice");
        assertThatThrownBy(() -> SpecText.parse("a(s={1.5: 2})")).hasMessageContaining("keys are whole steps");
        assertThatThrownBy(() -> SpecText.parse("a(s=[[1]])")).hasMessageContaining("a list cannot hold a list");
        assertThatThrownBy(() -> SpecText.parse("a(s={1: 2")).hasMessageContaining("',' or '}'");
    }

    @Test
    void nestingDeeperThanTheLimitIsOneMessageNotAStackOverflow() {
        String deep = "linear_warmup(schedule=".repeat(5000) + "constant(lr=1)" + ", start_lr=0, length=1)".repeat(5000);
        assertThatThrownBy(() -> SpecText.parse(deep)).isInstanceOf(SpecException.class)
                .hasMessageContaining("nested deeper than " + SpecText.MAX_DEPTH + " levels");
    }

    @Test
    void onlyAsciiDigitsAndSpaceAreRead() {
        assertThatThrownBy(() -> SpecText.parse("cosine(min_lr=1, max_lr=2, cycle_length=\u0661\u0660\u0660)"))
                .isInstanceOf(SpecException.class);
        assertThatThrownBy(() -> SpecText.parse("cosine(min_lr=\uff11, max_lr=2, cycle_length=100)"))
                .isInstanceOf(SpecException.class);
        assertThatThrownBy(() -> SpecText.parse("cosine(min_lr=1,\u3000max_lr=2, cycle_length=100)"))
                .isInstanceOf(SpecException.class);
    }

    @Test
    void javaNumbersThatFitAreTakenAndOthersSayWhatTheyGot() {
        Spec spec = Spec.of("cosine").put("min_lr", 0).put("max_lr", 0.5f).put("cycle_length", BigInteger.TEN)
                .put("x", new BigDecimal("2.50")).put("y", new BigDecimal("3.00")).build();
        assertThat(spec.params()).containsEntry("min_lr", 0L).containsEntry("max_lr", 0.5)
                .containsEntry("cycle_length", 10L).containsEntry("x", 2.5).containsEntry("y", 3L);
        assertThatThrownBy(() -> Spec.of("a").put("n", BigInteger.TWO.pow(64))).hasMessageContaining("n:")
                .hasMessageContaining("18446744073709551616").hasMessageContaining("64 bits");
        assertThatThrownBy(() -> Spec.of("a").put("x", new BigDecimal("0.1"))).hasMessageContaining("exactly a double");
        assertThatThrownBy(() -> Spec.of("a").put("x", new Object())).hasMessageContaining("java.lang.Object");
    }

    @Test
    void aSpecsListsCannotBeChanged() {
        List<Object> steps = new ArrayList<>(List.of(250L, 750L));
        Spec spec = new Spec("mxnet_multifactor", Map.of("step", steps));
        steps.add(900L);
        assertThat(spec.params().get("step")).isEqualTo(List.of(250L, 750L));
        @SuppressWarnings("unchecked")
        List<Object> parsed = (List<Object>) SpecText.parse("mxnet_multifactor(step=[250, 750, 900])").params()
                .get("step");
        assertThatThrownBy(() -> parsed.add(1000L)).isInstanceOf(UnsupportedOperationException.class);
    }
}
