package com.leadaudit.run;

import java.time.Duration;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One log line per step (SPEC §11): read, written, skipped, rejected and how long it took. Counts only, no personal
 * data. A failed step adds why: one line for an expected problem (database connection lost), else the stack trace.
 */
final class StepLogger implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger("leadaudit.step");

    @Override
    public void beforeStep(StepExecution step) {
        log.info("step {} started", step.getStepName());
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        ExecutionContext ctx = step.getExecutionContext();
        long read = ctx.getLong(StepResult.READ, step.getReadCount());
        long written = ctx.getLong(StepResult.WRITTEN, step.getWriteCount());
        long skipped = ctx.getLong(StepResult.SKIPPED, step.getSkipCount());
        long rejected = ctx.getLong(StepResult.REJECTED, 0L);
        String detail = ctx.getString(StepResult.DETAIL, "");
        LocalDateTime start = step.getStartTime();
        Duration took = start == null ? Duration.ZERO : Duration.between(start, LocalDateTime.now());
        log.info("step {} {}: read {}, written {}, skipped {}, rejected {} in {} s{}", step.getStepName(),
                step.getStatus().toString().toLowerCase(), read, written, skipped, rejected,
                String.format("%.1f", took.toMillis() / 1000.0), detail.isEmpty() ? "" : " (" + detail + ")");
        // Spring Batch's own "error executing step" log is switched off (application.yml): an expected problem gets
        // one line here, anything else its stack trace.
        for (Throwable failure : step.getFailureExceptions()) {
            if (Failures.isExpected(failure)) {
                log.warn("step {} stopped: {}", step.getStepName(), Failures.isConnectionLost(failure)
                        ? "the database connection was lost" : Failures.rootMessage(failure));
            } else {
                log.error("step {} failed", step.getStepName(), failure);
            }
        }
        return step.getExitStatus();
    }
}
