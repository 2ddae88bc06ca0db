package com.leadaudit.run;

import com.leadaudit.followup.AsOf;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;

/** How a run ended, as cron sees it (exit code) and as the operator reads it (one line). */
public record RunOutcome(ExitCode exitCode, String summary) {

    static RunOutcome of(JobExecution execution, JdbcTemplate jdbc, Path reports, AsOf asOf) {
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            if (execution.getAllFailureExceptions().stream().anyMatch(Failures::isConnectionLost)) {
                return connectionLost(asOf);
            }
            String why = execution.getAllFailureExceptions().stream()
                    .map(RunOutcome::rootMessage).distinct().findFirst()
                    .orElse(execution.getExitStatus().getExitDescription());
            return new RunOutcome(ExitCode.FAILED, "leadaudit: the run for as-of " + asOf.canonical() + " failed: "
                    + why + " — run the same command again to resume it");
        }
        // The leads of the audited campaigns as this run's figures counted them: a count of table lead read all of it
        // at the end of every run, re-runs of a night included (this statement took 0.28 s at 813,000 leads).
        Map<String, Object> counts = jdbc.queryForMap("""
                SELECT (SELECT count(*) FROM campaign WHERE in_input) AS campaigns,
                       (SELECT COALESCE(sum(f.leads), 0) FROM campaign_figures f
                        JOIN campaign c ON c.code = f.campaign_code AND c.in_input
                        WHERE f.as_of = ?) AS leads,
                       (SELECT COALESCE(sum(rejected_rows), 0) FROM source_file WHERE present AND status = 'IMPORTED') AS rows,
                       (SELECT count(*) FROM source_file WHERE present AND status = 'REJECTED') AS files""",
                asOf.canonical());
        long rows = ((Number) counts.get("rows")).longValue();
        long files = ((Number) counts.get("files")).longValue();
        Path folder = reports.resolve(asOf.reportDate().toString());
        String summary = "leadaudit: as-of " + asOf.canonical() + ": " + counts.get("campaigns") + " campaigns, "
                + counts.get("leads") + " leads, " + rows + " rows and " + files + " files rejected; workbooks in "
                + folder;
        return new RunOutcome(rows + files > 0 ? ExitCode.DONE_WITH_REJECTIONS : ExitCode.DONE, summary);
    }

    /** The database connection died under the run for this as-of. */
    static RunOutcome connectionLost(AsOf asOf) {
        return new RunOutcome(ExitCode.FAILED, "leadaudit: the database connection was lost, so the run for as-of "
                + asOf.canonical() + " stopped; nothing is lost: run the same command again to resume it");
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
