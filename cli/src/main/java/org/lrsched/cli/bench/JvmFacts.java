package org.lrsched.cli.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a JDK, started with a run's flags, reported about itself through the benchmarks jar's
 * {@code org.lrsched.jmh.JvmProbe}: {@code key=value} lines of system properties, its flags and its kernel.
 */
record JvmFacts(Map<String, String> properties) {
    static final String PROBE_CLASS = "org.lrsched.jmh.JvmProbe";

    static JvmFacts parse(String probeOutput) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String line : probeOutput.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                properties.put(line.substring(0, equals), line.substring(equals + 1).trim());
            }
        }
        return new JvmFacts(Map.copyOf(properties));
    }

    String get(String key) {
        return properties.getOrDefault(key, "");
    }

    int vectorBits() {
        String bits = get("vector.bits");
        return bits.matches("\\d+") ? Integer.parseInt(bits) : 0;
    }

    /** Distribution and version: {@code temurin-25.0.3}, {@code debian-17.0.15}. */
    String slug() {
        String vendorVersion = get("java.vendor.version"); // Temurin-25.0.3+9; absent from some builds
        String distribution = !vendorVersion.isBlank() ? vendorVersion.split("[-\\s]")[0]
                : get("java.vendor").split("\\s")[0];
        return Slug.of(distribution + " " + get("java.version"));
    }
}
