package com.leadaudit.followup;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * After the status step: refreshes the planner's statistics of table lead when the step decided many leads
 * ({@link FollowUpRepository#analyseAfterManyDecisions}), so the next night's queries are planned for the statuses
 * as they now are.
 */
public final class AnalyseAfterDecisions implements StepExecutionListener {

    private final FollowUpRepository followUp;

    public AnalyseAfterDecisions(FollowUpRepository followUp) {
        this.followUp = followUp;
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (step.getStatus() == BatchStatus.COMPLETED) {
            followUp.analyseAfterManyDecisions(step.getWriteCount());
        }
        return null;
    }
}
