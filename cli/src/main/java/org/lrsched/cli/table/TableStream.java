package org.lrsched.cli.table;

import java.io.IOException;
import org.lrsched.Schedule;
import org.lrsched.cli.io.Progress;
import org.lrsched.table.Kernel;

/** A range of a schedule's steps into a table writer, a chunk at a time: memory stays bounded whatever the count. */
public final class TableStream {
    /** Steps computed at a time: large enough for one big write per chunk, small enough to stay in cache. */
    public static final int CHUNK = 1 << 16;

    private TableStream() {}

    public static void write(Schedule schedule, StepRange range, Precision precision, Kernel kernel, TableWriter out,
            Progress progress) throws IOException {
        TableChunk chunk = TableChunk.of(precision, (int) Math.min(range.count(), CHUNK));
        for (long done = 0; done < range.count(); ) {
            int n = (int) Math.min(chunk.size, range.count() - done);
            long first = range.from() + done;
            chunk.fill(schedule, first, n, kernel);
            chunk.writeTo(out, first, n);
            done += n;
            progress.advance(done);
        }
        out.finish();
    }
}
