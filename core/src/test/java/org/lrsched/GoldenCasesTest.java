package org.lrsched;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lrsched.types.ScheduleTypes;
import org.lrsched.spec.SpecText;
import org.lrsched.testing.Golden;

/** Every golden case of the seed documents, bit-identical, or within 2^-51 x max|lr| where C's cos/pow is used. */
class GoldenCasesTest {

    /** Case name (as in golden/cases.json), our spec for its Python, and whether it goes through libm cos/pow. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("doc_mx_triangular_slanted", "triangular(min_lr=1, max_lr=2, cycle_length=1000, inc_fraction=0.2)", false),
                Arguments.of("doc_mx_cosine", "cosine(min_lr=1, max_lr=2, cycle_length=1000)", true),
                Arguments.of("doc_mx_warmup_multifactor",
                        "linear_warmup(schedule=mxnet_multifactor(step=[250, 750, 900], factor=0.5, base_lr=1), start_lr=0, length=250)", false),
                Arguments.of("doc_mx_cooldown_multifactor",
                        "linear_cooldown(schedule=mxnet_multifactor(step=[250, 750, 900], factor=0.5, base_lr=1), finish_lr=0.001, start_idx=1000, length=500)", false),
                Arguments.of("doc_mx_onecycle", "one_cycle(start_lr=0.1, max_lr=0.5, cycle_length=500, cooldown_length=750, finish_lr=0.001)", false),
                Arguments.of("doc_mx_cyclical_triangular", "cyclical(shape=triangular(min_lr=0.5, max_lr=2), cycle_length=500)", false),
                Arguments.of("doc_mx_sgdr",
                        "cyclical(shape=cosine(min_lr=0.01, max_lr=2), cycle_length=250, cycle_length_decay=2, cycle_magnitude_decay=0.5)", true),
                Arguments.of("doc_mx_docstring_triangular", "triangular(min_lr=0.5, max_lr=2, cycle_length=500)", false),
                Arguments.of("doc_flax_triangular_odd", "flax_triangular(lr_min=3e-3, lr_max=3e-2, steps_per_cycle=117)", false),
                Arguments.of("doc_flax_triangular_even", "flax_triangular(lr_min=3e-3, lr_max=3e-2, steps_per_cycle=150)", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesTheSeedCode(String name, String spec, boolean libm) {
        Schedule schedule = ScheduleTypes.build(SpecText.parse(spec));
        List<Golden.Row> rows = Golden.rows(name + ".csv");
        assertThat(rows).hasSizeGreaterThan(1000);
        double bound = libm ? Math.scalb(Golden.maxAbs(rows), -51) : 0;
        for (Golden.Row row : rows) {
            double ours = schedule.at(row.step);
            if (libm) {
                assertThat(Math.abs(ours - row.lr)).as("%s at step %d: %s vs %s", name, row.step, ours, row.lr)
                        .isLessThanOrEqualTo(bound);
            } else {
                assertThat(Double.doubleToRawLongBits(ours)).as("%s at step %d: %s vs %s", name, row.step, ours, row.lr)
                        .isEqualTo(Double.doubleToRawLongBits(row.lr));
            }
        }
    }
}
