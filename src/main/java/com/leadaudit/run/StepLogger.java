package com.leadaudit.run;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /** The step whose executions are this step's partitions ("name:partition"), or null: not partitioned. */
    private final String partitions;

    StepLogger() {
        this(null);
    }

    StepLogger(String partitions) {
        this.partitions = partitions;
    }

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
        Set<String> said = new HashSet<>();
        for (Throwable failure : failures(step)) {
            if (Failures.isExpected(failure)) {
                String why = Failures.isConnectionLost(failure) ? "the database connection was lost"
                        : Failures.rootMessage(failure);
                if (said.add(why)) { // each partition that lost its connection says so: one line
                    log.warn("step {} stopped: {}", step.getStepName(), why);
                }
            } else {
                log.error("step {} failed", step.getStepName(), failure);
            }
        }
        return step.getExitStatus();
    }

    /**
     * Why the step failed. A partitioned step's own failure only says that a partition did not complete: the
     * partitions' failures say why (the database connection lost in one of them is a sentence, not a stack trace).
     */
    private List<Throwable> failures(StepExecution step) {
        if (partitions == null || step.getFailureExceptions().isEmpty()) {
            return step.getFailureExceptions();
        }
        List<Throwable> ofPartitions = step.getJobExecution().getStepExecutions().stream()
                .filter(s -> s.getStepName().startsWith(partitions + ":"))
                .flatMap(s -> s.getFailureExceptions().stream())
                .toList();
        return ofPartitions.isEmpty() ? step.getFailureExceptions() : ofPartitions;
    }
}
