package org.lrsched.cli.table;

import java.util.Locale;
import org.lrsched.cli.io.Output;

/** How a table is written. */
public enum TableFormat {
    CSV {
        @Override
        public TableWriter writer(Output out, Precision precision, long count) {
            return new CsvRowWriter(out.stream(), precision);
        }
    },
    RAW {
        @Override
        public TableWriter writer(Output out, Precision precision, long count) {
            return new RawTableWriter(out.channel(), new byte[0]);
        }
    },
    NPY {
        @Override
        public TableWriter writer(Output out, Precision precision, long count) {
            return new RawTableWriter(out.channel(), NpyHeader.of(precision, count));
        }
    };

    /** A writer for a table of {@code count} values. */
    public abstract TableWriter writer(Output out, Precision precision, long count);

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
