package org.lrsched.cli.fuzz;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.lrsched.cli.Cli;

/**
 * Runs a case in this JVM, as the launcher would run it, on a thread of its own: a run that does not answer in
 * time is left behind (a daemon thread, which the JVM's exit ends) and reported as a hang.
 */
final class InProcess {
    private InProcess() {}

    static Outcome run(FuzzCase c, Duration timeout) {
        FutureTask<Cli.Result> run = new FutureTask<>(
                () -> Cli.runWithInput(new ByteArrayInputStream(c.stdin()), c.args().toArray(String[]::new)));
        Thread thread = new Thread(run, "fuzz case");
        thread.setDaemon(true);
        thread.start();
        try {
            Cli.Result result = run.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return Outcome.exited(result.exitCode(), result.out(), result.stderr());
        } catch (TimeoutException e) {
            return Outcome.hung();
        } catch (ExecutionException e) {
            return Outcome.threw(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.threw(e);
        }
    }
}
