package org.lrsched.cli;

import java.io.OutputStream;
import java.util.Locale;

/** How a table is written. */
enum TableFormat {
    CSV {
        @Override
        RowWriter writer(OutputStream out, Precision precision) {
            return new CsvRowWriter(out, precision);
        }
    },
    RAW {
        @Override
        RowWriter writer(OutputStream out, Precision precision) {
            return new RawRowWriter(out, precision);
        }
    };

    abstract RowWriter writer(OutputStream out, Precision precision);

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
