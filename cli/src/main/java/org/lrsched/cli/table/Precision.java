package org.lrsched.cli.table;

import java.util.Locale;

/** The number type of a table's values: the double itself, or the double rounded to the nearest float. */
public enum Precision {
    DOUBLE {
        @Override
        void append(StringBuilder text, double value) {
            text.append(value); // Double.toString's digits, which parse back to the same double
        }
    },
    FLOAT {
        @Override
        void append(StringBuilder text, double value) {
            text.append((float) value); // Float.toString's digits, which parse back to the same float
        }
    };

    abstract void append(StringBuilder text, double value);

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
