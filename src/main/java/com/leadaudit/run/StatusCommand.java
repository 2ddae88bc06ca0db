package com.leadaudit.run;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code status}: recent runs, their outcome, duration and figures (SPEC §11). Figures are kept per as-of, so they are
 * shown under the newest completed run of each as-of; a failed run says why, a killed one which run resumed it, and
 * an abandoned one (its staging rows lost, {@link StagingRecovery}) that its as-of started over.
 */
@Component
public class StatusCommand {

    private static final String RECENT_RUNS = """
            SELECT e.JOB_EXECUTION_ID AS id, p.PARAMETER_VALUE AS as_of, e.STATUS AS status, e.START_TIME AS started,
                   EXTRACT(EPOCH FROM (COALESCE(e.END_TIME, e.LAST_UPDATED) - e.START_TIME))::bigint AS seconds,
                   e.EXIT_CODE AS exit_code,
                   -- a job with parallel branches ends FAILED without a message of its own: its failed step has it
                   COALESCE(NULLIF(e.EXIT_MESSAGE, ''),
                            (SELECT s.EXIT_MESSAGE FROM BATCH_STEP_EXECUTION s
                             WHERE s.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND s.STATUS = 'FAILED'
                               AND s.EXIT_MESSAGE <> ''
                             ORDER BY s.STEP_EXECUTION_ID LIMIT 1)) AS message,
                   (SELECT min(n.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION n
                    WHERE n.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID AND n.JOB_EXECUTION_ID > e.JOB_EXECUTION_ID) AS resumed_by
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
        List<Map<String, Object>> runs = jdbc.queryForList(RECENT_RUNS, AuditJobConfig.JOB, RunParameters.AS_OF, limit);
        if (runs.isEmpty()) {
            out.println("No runs yet.");
            return ExitCode.DONE;
        }
        Set<Object> figuresShown = new HashSet<>();
        for (Map<String, Object> run : runs) {
            String status = (String) run.get("status");
            // a killed or abandoned run's end is when the next run found it, not when it died: its duration is unknown
            boolean durationUnknown = "FAILED".equals(status) && "UNKNOWN".equals(run.get("exit_code"))
                    || "ABANDONED".equals(status);
            out.printf("run %s  as-of %s  %s  started %s  took %s%n", run.get("id"), run.get("as_of"),
                    status, run.get("started"), durationUnknown ? "-" : run.get("seconds") + "s");
            if (!"COMPLETED".equals(status)) {
                String why = why(run);
                if (!why.isEmpty()) {
                    out.println("    " + why);
                }
                continue;
            }
            if (!figuresShown.add(run.get("as_of"))) {
                continue;
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

    private static String why(Map<String, Object> run) {
        if ("ABANDONED".equals(run.get("status"))) {
            return "abandoned: the database lost the rows it had read from the input files; the next run of its as-of "
                    + "started over from the first step";
        }
        String message = (String) run.get("message");
        String first = message == null ? "" : message.lines().findFirst().orElse("").trim();
        // "com.example.SomeException: text" -> "text": the operator needs the sentence, not the class
        first = first.replaceFirst("^([a-zA-Z_$][\\w$]*\\.)+[A-Z][\\w$]*(Exception|Error): ", "");
        Object resumedBy = run.get("resumed_by");
        if (first.isEmpty() && "UNKNOWN".equals(run.get("exit_code"))) {
            first = "interrupted: the process was killed or crashed";
        }
        if (resumedBy != null) {
            first = (first.isEmpty() ? "" : first + "; ") + "resumed by run " + resumedBy;
        }
        return first;
    }
}
