package com.leadaudit.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * SPEC §11's log line of a failed step, for the partitioned status step: the partitions' failures say why it
 * stopped (a lost connection is a sentence, once), not the partition handler's "a partition did not complete".
 */
@ExtendWith(OutputCaptureExtension.class)
class StepLoggerTest {

    private final JobExecution job = new JobExecution(1L, new JobInstance(1L, AuditJobConfig.JOB), new JobParameters());

    @Test
    void aPartitionThatLostTheConnectionIsSaidInASentenceOnceForTheStep(CapturedOutput output) {
        StepExecution step = failed("decideStatuses",
                new JobExecutionException("Partition handler returned an unsuccessful step"));
        failed("decideStatusesOfRange:range0", connectionLost());
        failed("decideStatusesOfRange:range1", connectionLost());
        failed("findOutcomes", new IllegalStateException("another step's failure is not this one's"));

        new StepLogger("decideStatusesOfRange").afterStep(step);

        assertThat(output.getOut()).containsOnlyOnce("step decideStatuses stopped: the database connection was lost")
                .doesNotContain("Partition handler").doesNotContain("another step").doesNotContain("\tat ");
    }

    @Test
    void withoutFailedPartitionsTheStepsOwnFailureIsShown(CapturedOutput output) {
        StepExecution step = failed("decideStatuses", new IllegalStateException("the partitioner could not cut"));

        new StepLogger("decideStatusesOfRange").afterStep(step);

        assertThat(output.getOut()).contains("step decideStatuses failed")
                .contains("java.lang.IllegalStateException: the partitioner could not cut");
    }

    @Test
    void aStepThatIsNotPartitionedShowsItsOwnFailure(CapturedOutput output) {
        StepExecution step = failed("matchLeads", connectionLost());
        failed("decideStatusesOfRange:range0", new IllegalStateException("not matchLeads' failure"));

        new StepLogger().afterStep(step);

        assertThat(output.getOut()).contains("step matchLeads stopped: the database connection was lost")
                .doesNotContain("not matchLeads' failure");
    }

    private StepExecution failed(String name, Throwable failure) {
        StepExecution step = new StepExecution(job.getStepExecutions().size() + 1L, name, job);
        if (!job.getStepExecutions().contains(step)) {
            job.addStepExecution(step);
        }
        step.setStatus(BatchStatus.FAILED);
        step.addFailureException(failure);
        return step;
    }

    /** As the driver reports a session the server ended (SQLSTATE 57P01), wrapped as Spring's JDBC layer does. */
    private static Throwable connectionLost() {
        return new DataAccessResourceFailureException("PreparedStatementCallback",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
    }
}
