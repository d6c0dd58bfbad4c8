package org.lrsched.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden case of the seed documents through {@code lrsched table}: bit-identical, or within 2^-51 x the
 * largest |lr| where the Python goes through C's cos or pow.
 */
class GoldenTableTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("doc_mx_triangular_slanted", "slanted_triangular", false),
                Arguments.of("doc_mx_cosine", "cosine_annealing", true),
                Arguments.of("doc_mx_warmup_multifactor", "warmup_multifactor", false),
                Arguments.of("doc_mx_cooldown_multifactor", "cooldown_multifactor", false),
                Arguments.of("doc_mx_onecycle", "one_cycle", false),
                Arguments.of("doc_mx_cyclical_triangular", "cyclical_triangular", false),
                Arguments.of("doc_mx_sgdr", "sgdr", true),
                Arguments.of("doc_flax_triangular_odd", "flax_triangular", false),
                Arguments.of("doc_flax_triangular_even", "flax_triangular(lr_min=0.003, lr_max=0.03, steps_per_cycle=150)",
                        false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void tableMatchesTheSeedCode(String name, String spec, boolean libm) {
        List<CsvRows.Row> golden = CsvRows.golden(name);
        assertThat(golden).hasSizeGreaterThan(1000);

        String csv = Cli.run("table", spec, "--count", String.valueOf(golden.size())).succeeded().out();

        List<CsvRows.Row> ours = CsvRows.parse(csv);
        assertThat(ours).hasSameSizeAs(golden);
        double bound = libm ? Math.scalb(golden.stream().mapToDouble(r -> Math.abs(r.lr())).max().orElseThrow(), -51) : 0;
        for (int i = 0; i < golden.size(); i++) {
            CsvRows.Row expected = golden.get(i);
            CsvRows.Row actual = ours.get(i);
            assertThat(actual.step()).isEqualTo(expected.step());
            if (libm) {
                assertThat(Math.abs(actual.lr() - expected.lr())).as("%s at step %d", name, expected.step())
                        .isLessThanOrEqualTo(bound);
            } else {
                assertThat(Double.doubleToRawLongBits(actual.lr())).as("%s at step %d: %s vs %s", name,
                        expected.step(), actual.lr(), expected.lr()).isEqualTo(Double.doubleToRawLongBits(expected.lr()));
            }
        }
    }
}
