package org.lrsched.cli.spec;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.lrsched.Spec;
import org.lrsched.cli.io.Echo;
import org.lrsched.spec.SpecException;

/**
 * The JSON spelling of the spec language: an object with the schedule type under {@code "type"} and the
 * parameters as its other fields, e.g. {@code {"type": "cyclical", "shape": {"type": "cosine", "min_lr": 0.01,
 * "max_lr": 2}, "cycle_length": 250}}. JSON integers are {@link Long}s, other numbers {@link Double}s (exactly
 * {@link Double#parseDouble} of their text: -0.0 stays negative, which a BigDecimal would lose), {@code true} and
 * {@code false} booleans, strings mode or preset names, objects with a {@code "type"} nested schedules, objects
 * whose keys are integers maps of steps ({@code {"100": 0.5}}), and arrays lists of any of these. Errors say
 * where: a line and column for malformed JSON, else a JSON path such as {@code $.shape.min_lr}. Objects and lists nest at most
 * {@value #MAX_DEPTH} levels deep: a real spec nests a few, and building a deeper one could overflow the stack.
 */
public final class JsonSpec {
    static final int MAX_DEPTH = 100;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
            .build();
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(LIMITS)
                    // a token quoted in an error, such as an unknown word, is cut as Echo cuts user input
                    .errorReportConfiguration(ErrorReportConfiguration.builder().maxErrorTokenLength(Echo.HEAD).build())
                    .build())
            .disable(StreamReadFeature.USE_FAST_DOUBLE_PARSER) // floats are Double.parseDouble of their text
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonSpec() {}

    public static Spec parse(String json) {
        JsonNode root = read(json);
        if (root == null || root.isMissingNode()) {
            throw new SpecException("JSON spec: empty");
        }
        return spec(root, "$");
    }

    /** Through a parser of our own: where a limit is passed, only the parser knows the position. */
    private static JsonNode read(String json) {
        JsonParser parser = null;
        try {
            parser = MAPPER.createParser(json);
            return MAPPER.readTree(parser);
        } catch (JsonProcessingException e) {
            throw new SpecException("JSON spec, " + JsonErrors.describe(e, parser, LIMITS));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string is read without I/O
        }
    }

    public static String print(Spec spec) {
        return tree(spec, "$").toString();
    }

    private static Spec spec(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new SpecException(path + ": expected a schedule object {\"type\": ..., ...}, got "
                    + Echo.of(node.toString()));
        }
        JsonNode type = node.get("type");
        if (type == null) {
            throw new SpecException(path + ": missing \"type\", the schedule type name");
        }
        if (!type.isTextual()) {
            throw new SpecException(path + ".type: expected a schedule type name (a string), got "
                    + Echo.of(type.toString()));
        }
        Spec.Builder spec = Spec.of(type.textValue());
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!field.getKey().equals("type")) {
                spec.put(field.getKey(), value(field.getValue(), path + "." + Echo.of(field.getKey())));
            }
        }
        return spec.build();
    }

    private static Object value(JsonNode node, String path) {
        if (node.isObject()) {
            return node.has("type") || !integerKeys(node) ? spec(node, path) : steps(node, path);
        }
        if (node.isArray()) {
            return list(node, path);
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return number(node, path);
        }
        if (node.isNull()) {
            throw new SpecException(path + ": null is not a value; leave the parameter out for its default");
        }
        throw new SpecException(path + ": expected a number, a string, a boolean, a schedule object or a list, got "
                + Echo.of(node.toString()));
    }

    private static List<Object> list(JsonNode array, String path) {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            if (element.isArray()) {
                throw new SpecException(path + "[" + i + "]: a list cannot hold a list");
            }
            items.add(value(element, path + "[" + i + "]"));
        }
        return items;
    }

    private static boolean integerKeys(JsonNode object) {
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            if (!INTEGER.matcher(field.getKey()).matches()) {
                return false;
            }
        }
        return !object.isEmpty();
    }

    /** {@code {"100": 0.5, "200": 0.1}}: steps (JSON keys are strings) to values. */
    private static Map<Long, Object> steps(JsonNode object, String path) {
        Map<Long, Object> steps = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            String at = path + "." + Echo.of(field.getKey());
            long step;
            try {
                step = Long.parseLong(field.getKey());
            } catch (NumberFormatException e) {
                throw new SpecException(at + ": a step must fit in a 64-bit integer");
            }
            if (steps.put(step, value(field.getValue(), at)) != null) {
                throw new SpecException(at + ": step " + step + " is given twice");
            }
        }
        return steps;
    }

    private static Object number(JsonNode node, String path) {
        if (node.isIntegralNumber()) {
            if (!node.canConvertToLong()) {
                throw new SpecException(path + ": " + Echo.of(node.toString()) + " does not fit in a 64-bit integer");
            }
            return node.longValue();
        }
        double value = node.doubleValue();
        if (Double.isInfinite(value)) {
            throw new SpecException(path + ": a number beyond the range of a double");
        }
        return value;
    }

    private static ObjectNode tree(Spec spec, String path) {
        ObjectNode node = NODES.objectNode().put("type", spec.type());
        spec.params().forEach((name, value) -> node.set(name, node(value, path + "." + name)));
        return node;
    }

    private static JsonNode node(Object value, String path) {
        if (value instanceof Spec spec) {
            return tree(spec, path);
        }
        if (value instanceof Long integer) {
            return NODES.numberNode(integer);
        }
        if (value instanceof Double real) {
            if (!Double.isFinite(real)) {
                throw new SpecException(path + ": JSON has no spelling for " + real);
            }
            return NODES.numberNode(real);
        }
        if (value instanceof String word) {
            return NODES.textNode(word);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            for (int i = 0; i < list.size(); i++) {
                array.add(node(list.get(i), path + "[" + i + "]"));
            }
            return array;
        }
        if (value instanceof Map<?, ?> steps) {
            ObjectNode object = NODES.objectNode();
            steps.forEach((step, v) -> object.set(String.valueOf(step), node(v, path + "." + step)));
            return object;
        }
        throw new SpecException(path + ": JSON has no spelling for " + value);
    }
}
