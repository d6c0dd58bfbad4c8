package org.lrsched.cli;

import java.util.Locale;

/** How a table is written. */
enum TableFormat {
    CSV {
        @Override
        TableWriter writer(Output out, Precision precision, long count) {
            return new CsvRowWriter(out.stream(), precision);
        }
    },
    RAW {
        @Override
        TableWriter writer(Output out, Precision precision, long count) {
            return new RawTableWriter(out.channel(), new byte[0]);
        }
    },
    NPY {
        @Override
        TableWriter writer(Output out, Precision precision, long count) {
            return new RawTableWriter(out.channel(), NpyHeader.of(precision, count));
        }
    };

    /** A writer for a table of {@code count} values. */
    abstract TableWriter writer(Output out, Precision precision, long count);

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
