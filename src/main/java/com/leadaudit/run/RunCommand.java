package com.leadaudit.run;

import com.leadaudit.followup.AsOf;
import com.leadaudit.scan.LeadRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code run}: the nightly audit (SPEC §11). A run is identified by its as-of: a failed or killed run of that as-of is
 * restarted from where it stopped; a completed one is run again as a new instance (same as-of, next run number),
 * which gives the same workbooks.
 */
@Component
public class RunCommand {

    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final RunLock lock;
    private final AuditSettings settings;
    private final JdbcTemplate jdbc;
    private final LeadRepository leads;
    private final StagingRecovery staging;

    public RunCommand(JobOperator jobOperator, JobRepository jobRepository, Job nightlyAudit, RunLock lock,
                      AuditSettings settings, JdbcTemplate jdbc, LeadRepository leads, StagingRecovery staging) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = nightlyAudit;
        this.lock = lock;
        this.settings = settings;
        this.jdbc = jdbc;
        this.leads = leads;
        this.staging = staging;
    }

    public RunOutcome run(CommandLine cmd) throws Exception {
        Path input = Path.of(cmd.option("input", "input")).toAbsolutePath().normalize();
        Path reports = Path.of(cmd.option("reports", "reports")).toAbsolutePath().normalize();
        if (!Files.isDirectory(input)) {
            throw new UsageException("input folder " + input + " does not exist (give --input DIR)");
        }
        try (AutoCloseable held = lock.acquire()) {
            boolean startOver = staging.recoverIfLost();
            String asOfText = cmd.options().get("as-of");
            JobExecution unfinished = asOfText == null ? lastUnfinished() : null;
            AsOf asOf;
            if (unfinished != null) {
                asOf = AsOf.parse(RunParameters.of(unfinished.getJobParameters()).asOf(), Instant.now());
                log.info("Resuming the interrupted run for as-of {}", asOf.canonical());
            } else {
                try {
                    asOf = AsOf.parse(asOfText, Instant.now());
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--as-of: " + e.getMessage());
                }
            }
            JobExecution execution;
            try {
                execution = launch(asOf, input, reports, startOver);
            } catch (Exception e) {
                // Whether the job repository can still record the end of a run whose connections died depends on
                // timing (a pooled connection may be replaced in time, or not): either way the run stopped for the
                // same reason, and the operator reads the same sentence, naming the as-of to run again.
                if (Failures.isConnectionLost(e)) {
                    return RunOutcome.connectionLost(asOf);
                }
                throw e;
            }
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                vacuumLeads();
            }
            return RunOutcome.of(execution, jdbc, reports, asOf);
        }
    }

    /** Upkeep that only makes later nights faster: if it fails, the night's results stand and the run says so. */
    private void vacuumLeads() {
        long started = System.nanoTime();
        try {
            leads.vacuum();
            log.info("Vacuumed tables lead_state and lead in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (org.springframework.dao.DataAccessException e) {
            log.warn("Could not vacuum tables lead_state and lead (the next night may be slower): {}", e.getMessage());
        }
    }

    /** startOver: an unfinished run of the as-of is abandoned, not restarted (its finished steps' rows are gone). */
    private JobExecution launch(AsOf asOf, Path input, Path reports, boolean startOver) throws Exception {
        for (long run = 1; ; run++) {
            JobParameters params = new RunParameters(asOf.canonical(), run, input, reports, Instant.now())
                    .toJobParameters();
            JobExecution last = jobRepository.getLastJobExecution(AuditJobConfig.JOB, params);
            if (last == null) {
                log.info("Starting the audit for as-of {} (input {}, reports {})", asOf.canonical(), input, reports);
                return jobOperator.start(job, params);
            }
            BatchStatus status = last.getStatus();
            if (status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED) {
                continue;
            }
            if (startOver) {
                log.warn("The interrupted run for as-of {} starts over from its first step", asOf.canonical());
                // a restart would skip the steps that finished; the next run number is a new instance, all steps
                markEnded(last, BatchStatus.ABANDONED);
                continue;
            }
            if (!status.isRunning() && leftUnfinished(last)) {
                // The database went away mid-run (a server restart, a failover): a step cut off in its commit is
                // UNKNOWN (Spring Batch cannot tell whether the commit happened), and a step of the other branch of a
                // split may still read STARTED, unable to record its end. Every step rebuilds what it owns, and a
                // file's import commits whole or not at all, so redoing them is safe either way; we hold the run lock,
                // so none of them is running. Without this, every later night would refuse to restart ("manual
                // intervention", "already running") until someone edited the job tables by hand.
                log.warn("The run for as-of {} stopped while its database was away; resuming it", asOf.canonical());
                markEnded(last, BatchStatus.FAILED);
            }
            if (status.isRunning()) {
                // We hold the run lock, so nobody runs it: the process that did was killed.
                log.warn("The run for as-of {} was interrupted (killed or crashed); resuming it", asOf.canonical());
                last = jobOperator.recover(last);
            }
            log.info("Restarting the run for as-of {} from the step that did not finish", asOf.canonical());
            return jobOperator.restart(last);
        }
    }

    private static boolean leftUnfinished(JobExecution execution) {
        return execution.getStatus() == BatchStatus.UNKNOWN || execution.getStepExecutions().stream()
                .anyMatch(RunCommand::leftUnfinished);
    }

    private static boolean leftUnfinished(StepExecution step) {
        return step.getStatus() == BatchStatus.UNKNOWN || step.getStatus().isRunning();
    }

    /** Ends the execution and its steps left unfinished with {@code status}, so that no check takes them as running. */
    private void markEnded(JobExecution execution, BatchStatus status) {
        for (StepExecution step : execution.getStepExecutions()) {
            if (leftUnfinished(step)) {
                step.setStatus(status);
                step.setExitStatus(org.springframework.batch.core.ExitStatus.FAILED);
                if (step.getEndTime() == null) {
                    step.setEndTime(java.time.LocalDateTime.now());
                }
                jobRepository.update(step);
            }
        }
        execution.setStatus(status);
        jobRepository.update(execution);
    }

    private JobExecution lastUnfinished() {
        JobInstance instance = jobRepository.getLastJobInstance(AuditJobConfig.JOB);
        if (instance == null) {
            return null;
        }
        JobExecution last = jobRepository.getLastJobExecution(instance);
        if (last == null || last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED) {
            return null;
        }
        return last;
    }

}
