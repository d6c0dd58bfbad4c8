package org.lrsched.examples;

import ai.djl.training.tracker.Tracker;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import org.lrsched.Schedule;
import org.lrsched.contract.Contract;
import org.lrsched.djl.LrschedTracker;
import org.lrsched.nd4j.LrschedSchedule;
import org.lrsched.table.Kernels;
import org.lrsched.table.TableSink;
import org.lrsched.table.Tables;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * lrsched as a trainer embeds it: a schedule from one line of text, its table streamed into a direct buffer, and
 * the same rates through DJL's Tracker and ND4J's updater configuration. Exits with status 1 where any of them
 * differs from {@code Schedule.at}, naming the first step that does.
 */
public final class EmbeddingExample {
    private static final int STEPS = 1_000_000;

    private EmbeddingExample() {}

    public static void main(String[] args) {
        Schedule schedule = Schedule.parse("linear_warmup(schedule=sgdr, start_lr=0, length=500)");
        System.out.println("schedule: " + schedule);
        System.out.println("kernel:   " + Kernels.preferred());

        boolean agree = streamedTable(schedule) & djlTracker(schedule) & nd4jSchedule(schedule);
        if (!agree) {
            System.exit(1);
        }
        System.out.println("ok: the streamed table, DJL's Tracker and ND4J's ISchedule agree with Schedule.at");
    }

    /** The table in a direct float buffer, filled 2^16 steps at a time: within the contract of at. */
    private static boolean streamedTable(Schedule schedule) {
        FloatBuffer table = ByteBuffer.allocateDirect(Float.BYTES * STEPS).order(ByteOrder.nativeOrder())
                .asFloatBuffer();
        Tables.stream(schedule, 0, STEPS, 1 << 16, TableSink.floats(table));
        Contract contract = Contract.of(schedule, 0, STEPS);
        for (int step = 0; step < STEPS; step++) {
            if (!contract.holds((float) schedule.at(step), table.get(step))) {
                return differs("the streamed table", step, table.get(step), (float) schedule.at(step));
            }
        }
        System.out.println("table:    steps 0 to " + (STEPS - 1) + " streamed, " + contract);
        return true;
    }

    /** What DJL's optimizers ask their learning-rate tracker for, update after update: at, rounded to float. */
    private static boolean djlTracker(Schedule schedule) {
        Tracker tracker = LrschedTracker.of(schedule);
        for (int update = 0; update < STEPS; update++) {
            if (tracker.getNewValue(update) != (float) schedule.at(update)) {
                return differs("DJL's Tracker", update, tracker.getNewValue(update), (float) schedule.at(update));
            }
        }
        System.out.println("DJL:      Tracker.getNewValue(0 .. " + (STEPS - 1) + ") is (float) at");
        return true;
    }

    /** What ND4J's SGD updater reads its learning rate from, iteration after iteration: at itself. */
    private static boolean nd4jSchedule(Schedule schedule) {
        IUpdater sgd = new Sgd(LrschedSchedule.of(schedule));
        for (int iteration = 0; iteration < STEPS; iteration++) {
            if (sgd.getLearningRate(iteration, 0) != schedule.at(iteration)) {
                return differs("ND4J's Sgd", iteration, sgd.getLearningRate(iteration, 0), schedule.at(iteration));
            }
        }
        System.out.println("ND4J:     Sgd.getLearningRate(0 .. " + (STEPS - 1) + ", epoch) is at");
        return true;
    }

    private static boolean differs(String what, int step, double got, double want) {
        System.out.println("FAIL: " + what + " at step " + step + " gives " + got + ", at() " + want);
        return false;
    }
}
