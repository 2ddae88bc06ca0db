package com.leadaudit.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test-only hook, inert unless {@code leadaudit.test.pause-inside-step=<step name>} is set: the step's work calls
 * {@link #reached} where part of it is done and the rest is not (an import after a file committed, the report step
 * after a workbook was written, a chunk after its commit, a tasklet before its transaction commits). There it writes
 * the marker {@code <data-dir>/paused-inside-<step>} and waits while the marker exists, so a real-process test can
 * kill the run (SPEC §11) at a known point inside a long step. It lives in this package because every step's code
 * depends on it; it knows nothing of them.
 */
public final class PauseInsideStep {

    public static final String PROPERTY = "leadaudit.test.pause-inside-step";

    private static volatile String step;
    private static volatile Path dataDir;

    private PauseInsideStep() {
    }

    /** Arms the hook for one step of this process (the job configuration does, when the property is set). */
    public static void arm(String stepName, Path dir) {
        dataDir = dir;
        step = stepName;
    }

    /** Waits here while the marker exists, if the hook is armed for {@code stepName}; otherwise returns at once. */
    public static void reached(String stepName) {
        String armed = step;
        if (armed == null || !armed.equals(stepName)) {
            return;
        }
        holdWhile(dataDir.resolve("paused-inside-" + stepName));
        step = null; // once per run: let go, the step does not stop at its later points
    }

    /** Writes {@code marker} (this process's pid) and waits for as long as it exists; both test pauses use it. */
    public static void holdWhile(Path marker) {
        try {
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, Long.toString(ProcessHandle.current().pid()));
            while (Files.exists(marker)) {
                Thread.sleep(50);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
