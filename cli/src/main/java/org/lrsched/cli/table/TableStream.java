package org.lrsched.cli.table;

import java.io.IOException;
import org.lrsched.Schedule;
import org.lrsched.cli.io.Progress;
import org.lrsched.table.Kernel;

/** A range of a schedule's steps into a table writer, a chunk at a time, in the table's precision. */
public final class TableStream {
    private TableStream() {}

    public static void write(Schedule schedule, StepRange range, Precision precision, Kernel kernel, TableWriter out,
            Progress progress) throws IOException {
        if (precision == Precision.FLOAT) {
            Chunks.floats(schedule, range, kernel, (first, values, n) -> {
                out.write(first, values, n);
                progress.advance(first + n - range.from());
            });
        } else {
            Chunks.doubles(schedule, range, kernel, (first, values, n) -> {
                out.write(first, values, n);
                progress.advance(first + n - range.from());
            });
        }
        out.finish();
    }
}
