package org.lrsched.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.lrsched.Schedule;
import org.lrsched.contract.Contract;
import org.lrsched.table.Kernel;
import org.lrsched.table.TableSink;
import org.lrsched.table.Tables;

/**
 * A streamed table against per-step {@code at}, in both precisions: its chunks arrive in step order, each of
 * {@code chunkSteps} steps but the last, and every value holds the range's {@link Contract} (the step
 * {@code Long.MAX_VALUE}, which is {@code at} alone, owes bit identity).
 */
public final class StreamContract {
    private StreamContract() {}

    /** Checks {@code count} steps from {@code first}, streamed {@code chunkSteps} at a time. */
    public static void check(Schedule schedule, long first, int count, int chunkSteps, Kernel kernel) {
        boolean endsAtLastLong = count > 0 && first + (count - 1) == Long.MAX_VALUE;
        Contract contract = Contract.of(schedule, first, endsAtLastLong ? count - 1 : count);
        List<Long> chunkFirsts = new ArrayList<>();
        double[] doubles = new double[count];
        Tables.stream(schedule, first, count, chunkSteps, TableSink.doubles((firstStep, values, n) -> {
            chunkFirsts.add(firstStep);
            System.arraycopy(values, 0, doubles, (int) (firstStep - first), n);
        }), kernel);
        float[] floats = new float[count];
        Tables.stream(schedule, first, count, chunkSteps, TableSink.floats((firstStep, values, n) ->
                System.arraycopy(values, 0, floats, (int) (firstStep - first), n)), kernel);

        List<Long> expectedFirsts = new ArrayList<>();
        for (long done = 0; done < count; done += chunkSteps) {
            expectedFirsts.add(first + done);
        }
        assertThat(chunkFirsts).as("%s: the chunks' first steps", schedule).isEqualTo(expectedFirsts);
        for (int i = 0; i < count; i++) {
            long step = first + i;
            double want = schedule.at(step);
            boolean exact = step == Long.MAX_VALUE || contract.exact();
            if (exact ? Double.compare(doubles[i], want) != 0 : !contract.holds(want, doubles[i])) {
                assertThat(doubles[i]).as("%s, %s kernel, double at step %d (%s)", schedule, kernel, step, contract)
                        .isEqualTo(want);
            }
            if (exact ? Float.compare(floats[i], (float) want) != 0 : !contract.holds((float) want, floats[i])) {
                assertThat(floats[i]).as("%s, %s kernel, float at step %d (%s)", schedule, kernel, step, contract)
                        .isEqualTo((float) want);
            }
        }
    }
}
