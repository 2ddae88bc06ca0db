package com.leadaudit.run;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@code status}: recent runs, their outcome, duration and figures (SPEC §11). */
@Component
public class StatusCommand {

    private static final String RECENT_RUNS = """
            SELECT e.JOB_EXECUTION_ID AS id, p.PARAMETER_VALUE AS as_of, e.STATUS AS status, e.START_TIME AS started,
                   EXTRACT(EPOCH FROM (COALESCE(e.END_TIME, e.LAST_UPDATED) - e.START_TIME))::bigint AS seconds,
                   e.EXIT_MESSAGE AS message
            FROM BATCH_JOB_EXECUTION e
            JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID AND i.JOB_NAME = ?
            JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = ?
            ORDER BY e.JOB_EXECUTION_ID DESC
            LIMIT ?""";

    private static final String FIGURES = """
            SELECT campaign_code, leads, on_time, late, overdue, open, sla_compliance, rows_rejected
            FROM campaign_figures WHERE as_of = ? ORDER BY campaign_code""";

    private final JdbcTemplate jdbc;

    public StatusCommand(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public ExitCode print(CommandLine cmd, PrintStream out) {
        int limit;
        try {
            limit = Integer.parseInt(cmd.option("limit", "10"));
        } catch (NumberFormatException e) {
            throw new UsageException("--limit must be a number");
        }
        List<Map<String, Object>> runs = jdbc.queryForList(RECENT_RUNS, AuditJobConfig.JOB, AuditJobConfig.AS_OF, limit);
        if (runs.isEmpty()) {
            out.println("No runs yet.");
            return ExitCode.DONE;
        }
        for (Map<String, Object> run : runs) {
            out.printf("run %s  as-of %s  %s  started %s  took %ss%n", run.get("id"), run.get("as_of"),
                    run.get("status"), run.get("started"), run.get("seconds"));
            String message = (String) run.get("message");
            if (message != null && !message.isBlank() && !"COMPLETED".equals(run.get("status"))) {
                out.println("    " + message.lines().findFirst().orElse(""));
            }
            for (Map<String, Object> f : jdbc.queryForList(FIGURES, run.get("as_of"))) {
                Object compliance = f.get("sla_compliance");
                out.printf("    %-28s leads %5s  on time %5s  late %5s  overdue %5s  open %5s  compliance %s  rejected rows %s%n",
                        f.get("campaign_code"), f.get("leads"), f.get("on_time"), f.get("late"), f.get("overdue"),
                        f.get("open"), compliance == null ? "-" : String.format("%.1f%%", ((Number) compliance).doubleValue() * 100),
                        f.get("rows_rejected"));
            }
        }
        return ExitCode.DONE;
    }
}
