package com.leadaudit.run;

import com.leadaudit.followup.AsOf;
import java.nio.file.Path;
import java.time.Instant;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters of one run of the nightly job, typed, written and read in this one place (the run command, the steps
 * and the tests share it). A run is identified by its as-of and a run number (the job has no incrementer, SPEC §11):
 * the number grows only when the same as-of is audited again after a completed run. Input, reports folder and start
 * time do not identify it, so a resumed run may be given other folders.
 */
public record RunParameters(String asOf, long run, Path input, Path reports, Instant startedAt) {

    static final String AS_OF = "asOf";
    static final String RUN = "run";
    static final String INPUT = "input";
    static final String REPORTS = "reports";
    static final String STARTED = "startedAt";

    public JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addString(AS_OF, asOf, true)
                .addLong(RUN, run, true)
                .addString(INPUT, input.toString(), false)
                .addString(REPORTS, reports.toString(), false)
                .addString(STARTED, startedAt.toString(), false)
                .toJobParameters();
    }

    public static RunParameters of(JobParameters params) {
        return new RunParameters(params.getString(AS_OF), params.getLong(RUN), Path.of(params.getString(INPUT)),
                Path.of(params.getString(REPORTS)), Instant.parse(params.getString(STARTED)));
    }

    /** The as-of as the rules read it (its instant in each campaign's zone comes from {@link AsOf#instantIn}). */
    public AsOf auditDate() {
        return AsOf.parse(asOf, Instant.EPOCH);
    }
}
