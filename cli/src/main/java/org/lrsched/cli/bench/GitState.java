package org.lrsched.cli.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The commit the benchmarked code was built from, and the changes not yet committed on top of it. */
record GitState(String commit, List<String> uncommittedChanges) {

    static GitState of(Path root) {
        try {
            Processes.Finished head = Processes.run(List.of("git", "-C", root.toString(), "rev-parse", "HEAD"));
            if (head.exitCode() != 0) {
                return new GitState("unknown (" + head.lastErrorLine() + ")", List.of());
            }
            // results/ is what bench writes: not a change to the benchmarked code
            Processes.Finished status = Processes.run(List.of("git", "-C", root.toString(), "status", "--porcelain",
                    "--", ".", ":(exclude)results"));
            return new GitState(head.out().strip(), status.out().lines().filter(l -> !l.isBlank()).toList());
        } catch (IOException e) {
            return new GitState("unknown (no git: " + e.getMessage() + ")", List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new GitState("unknown (interrupted)", List.of());
        }
    }
}
