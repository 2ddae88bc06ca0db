package com.leadaudit.run;

import com.leadaudit.io.PauseInsideStep;
import java.nio.file.Path;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Test-only hook, inert unless {@code leadaudit.test.pause-before-step=<step name>} is set: before that step it
 * writes the marker file {@code <data-dir>/paused-<step>} and waits for as long as the marker exists. Real-process
 * tests use it to kill a run (or cut its database connections) at a known step; deleting the marker lets it go on.
 */
final class PauseBeforeStep implements StepExecutionListener {

    static final String PROPERTY = "leadaudit.test.pause-before-step";

    private final String stepName;
    private final Path dataDir;

    PauseBeforeStep(String stepName, Path dataDir) {
        this.stepName = stepName;
        this.dataDir = dataDir;
    }

    @Override
    public void beforeStep(StepExecution step) {
        if (!step.getStepName().equals(stepName)) {
            return;
        }
        PauseInsideStep.holdWhile(dataDir.resolve("paused-" + stepName));
    }
}
