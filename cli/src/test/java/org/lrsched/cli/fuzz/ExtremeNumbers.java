package org.lrsched.cli.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every schedule type with one parameter at a time set to a value at an edge of its range: zero, the smallest
 * and largest doubles, 2^53 + 1, Long.MAX_VALUE and one past it, NaN and the infinities. Each spec is either
 * refused in one line or gives finite values, at the first and the last steps alike.
 */
final class ExtremeNumbers {
    static final List<String> VALUES = List.of("0", "1", "-1", "2", "9007199254740993", "4611686018427387904",
            "9223372036854775806", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "0.0",
            "-0.0", "4.9e-324", "2.2250738585072014e-308", "1e-300", "0.5", "1.0000000000000002",
            "0.9999999999999999", "100.5", "1e300", "-1e300", "1.7976931348623157e308", "-1.7976931348623157e308",
            "1e400", "nan", "inf", "-inf", "None");
    /** Steps lists: empty, repeated, falling, negative and at the last long. */
    static final List<String> STEP_LISTS = List.of("[]", "[0]", "[-1]", "[5, 5]", "[9, 3]", "[1, 9223372036854775806]",
            "[9223372036854775807]", "[1, 4611686018427387904, 9223372036854775807]", "[1.5]");

    private static final String COSINE = "cosine(min_lr=0.01, max_lr=2, cycle_length=100)";
    private static final String WARMUP = ", warmup_steps=5, warmup_begin_lr=0.001";
    /** Each type's parameters, in the order written, with ordinary values; nested schedules are not varied. */
    private static final List<String> TEMPLATES = List.of(
            "triangular(min_lr=0.5, max_lr=2, cycle_length=100, inc_fraction=0.2)",
            COSINE,
            "linear_warmup(schedule=" + COSINE + ", start_lr=0, length=250)",
            "linear_cooldown(schedule=" + COSINE + ", finish_lr=0.001, start_idx=1000, length=500)",
            "one_cycle(start_lr=0.1, max_lr=0.5, cycle_length=500, cooldown_length=750, finish_lr=0.001)",
            "cyclical(shape=cosine(min_lr=0.01, max_lr=2), cycle_length=250, cycle_length_decay=2,"
                    + " cycle_magnitude_decay=0.5)",
            "cyclical(shape=triangular(min_lr=0.5, max_lr=2, inc_fraction=0.5), cycle_length=500,"
                    + " cycle_length_decay=1, cycle_magnitude_decay=1)",
            "flax_triangular(lr_min=0.003, lr_max=0.03, steps_per_cycle=117)",
            "mxnet_factor(step=10, factor=0.5, stop_factor_lr=1e-8, base_lr=1" + WARMUP + ")",
            "mxnet_multifactor(step=[250, 750, 900], factor=0.5, base_lr=1" + WARMUP + ")",
            "mxnet_poly(max_update=1000, base_lr=1, pwr=2, final_lr=0.001" + WARMUP + ")",
            "mxnet_cosine(max_update=1000, base_lr=1, final_lr=0.001" + WARMUP + ")");

    private ExtremeNumbers() {}

    static List<FuzzCase> cases() {
        List<FuzzCase> cases = new ArrayList<>();
        for (String template : TEMPLATES) {
            String type = template.substring(0, template.indexOf('('));
            for (Map.Entry<String, String> param : topLevelNumbers(template).entrySet()) {
                boolean list = param.getValue().startsWith("[");
                for (String value : list ? STEP_LISTS : VALUES) {
                    String spec = template.replace(param.getKey() + "=" + param.getValue(), param.getKey() + "="
                            + value);
                    cases.addAll(Commands.withLastSteps(type + "." + param.getKey(), spec));
                }
            }
        }
        return cases;
    }

    /** {@code name=value} pairs of the outer call whose values are numbers or lists, in order. */
    private static Map<String, String> topLevelNumbers(String template) {
        Map<String, String> params = new LinkedHashMap<>();
        int depth = 0;
        int start = template.indexOf('(') + 1;
        for (int i = start; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            }
            if ((c == ',' && depth == 0) || depth < 0) {
                String pair = template.substring(start, i).strip();
                int eq = pair.indexOf('=');
                String value = pair.substring(eq + 1);
                if (!value.contains("(") && !Character.isLetter(value.charAt(0))) {
                    params.put(pair.substring(0, eq), value);
                }
                start = i + 1;
                if (depth < 0) {
                    break;
                }
            }
        }
        return params;
    }
}
