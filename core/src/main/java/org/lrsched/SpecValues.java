package org.lrsched;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lrsched.internal.Echo;

/** Java values as the spec tree holds them: integers as {@link Long}, real numbers as {@link Double}. */
final class SpecValues {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private SpecValues() {}

    static Object normal(String name, Object value) {
        if (value instanceof Long || value instanceof Double || value instanceof String || value instanceof Boolean
                || value instanceof Spec) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof BigInteger big) {
            return whole(name, big, value);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal(name, decimal);
        }
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                items.add(normal(name + "[" + i + "]", list.get(i)));
            }
            return List.copyOf(items);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Long, Object> steps = new LinkedHashMap<>();
            map.forEach((step, v) -> {
                Object key = normal(name, step);
                if (!(key instanceof Long whole)) {
                    throw new IllegalArgumentException(name + ": a map's keys must be whole steps, got " + Echo.of(step));
                }
                steps.put(whole, normal(name + "[" + step + "]", v));
            });
            return Collections.unmodifiableMap(steps);
        }
        throw new IllegalArgumentException(name + ": a parameter value must be a number, a boolean, a string, a"
                + " spec, a list or a map of steps, got " + (value == null ? "null" : value.getClass().getName()) + " "
                + Echo.of(value));
    }

    private static Long whole(String name, BigInteger big, Object written) {
        if (big.compareTo(LONG_MIN) < 0 || big.compareTo(LONG_MAX) > 0) {
            throw new IllegalArgumentException(name + ": an integer must fit in 64 bits, got " + Echo.of(written));
        }
        return big.longValue();
    }

    private static Object decimal(String name, BigDecimal decimal) {
        if (decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0) {
            return whole(name, decimal.toBigIntegerExact(), decimal);
        }
        double d = decimal.doubleValue();
        if (!Double.isFinite(d) || new BigDecimal(d).compareTo(decimal) != 0) {
            throw new IllegalArgumentException(name + ": a real number must be exactly a double, got "
                    + Echo.of(decimal) + " (nearest double " + d + ")");
        }
        return d;
    }
}
