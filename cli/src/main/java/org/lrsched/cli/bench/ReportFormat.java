package org.lrsched.cli.bench;

import java.util.Locale;
import java.util.Optional;

/** Numbers as the report prints them: three significant digits, the error to the same decimal place. */
final class ReportFormat {
    static final String MISSING = "—";

    private ReportFormat() {}

    /** Steps per second in G, M or k. */
    static String rate(Optional<Measure> stepsPerSecond) {
        if (stepsPerSecond.isEmpty()) {
            return MISSING;
        }
        Measure m = stepsPerSecond.get();
        double v = Math.abs(m.value());
        double unit = v >= 1e9 ? 1e9 : v >= 1e6 ? 1e6 : 1e3;
        String suffix = unit == 1e9 ? " G" : unit == 1e6 ? " M" : " k";
        return withError(m.times(1 / unit)) + suffix;
    }

    static String percent(Optional<Measure> fraction) {
        return fraction.map(f -> withError(f.times(100)) + "%").orElse(MISSING);
    }

    static String times(Optional<Measure> ratio) {
        return ratio.map(r -> withError(r) + "×").orElse(MISSING);
    }

    static String plain(Optional<Measure> measure) {
        return measure.map(ReportFormat::withError).orElse(MISSING);
    }

    static String withError(Measure m) {
        int decimals = decimals(m.value());
        String value = String.format(Locale.ROOT, "%." + decimals + "f", m.value());
        if (!Double.isFinite(m.error())) {
            return value;
        }
        return value + " ± " + String.format(Locale.ROOT, "%." + decimals + "f", m.error());
    }

    /** Decimals that leave three significant digits (none for 100 and up). */
    private static int decimals(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return 0;
        }
        int magnitude = (int) Math.floor(Math.log10(Math.abs(value)));
        return Math.max(0, Math.min(4, 2 - magnitude));
    }

    /** A step count or step as people write it: 10^7, 2^62, 4,096. */
    static String steps(String steps) {
        long n = Long.parseLong(steps);
        if (n > 1_000_000 && Long.bitCount(n) == 1) {
            return "2^" + Long.numberOfTrailingZeros(n);
        }
        int tens = 0;
        long rest = n;
        while (rest >= 10 && rest % 10 == 0) {
            rest /= 10;
            tens++;
        }
        return rest == 1 && tens >= 3 ? "10^" + tens : String.format(Locale.ROOT, "%,d", n);
    }
}
