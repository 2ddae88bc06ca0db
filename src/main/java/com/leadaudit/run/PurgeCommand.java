package com.leadaudit.run;

import com.leadaudit.rebuild.LeadVersions;

import java.io.PrintStream;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code purge [--older-than DAYS]}: deletes the personal data of campaigns that ended more than DAYS days ago — their
 * scans, leads, matches and rejected rows — and keeps their figures for trends (SPEC §11). Without the option, DAYS is
 * the configured {@code leadaudit.purge.after-days} (SPEC §11: "a configured number of days"), so cron can run a bare
 * {@code purge}. A purged campaign is not imported again while its files stay in the input folder.
 */
@Component
public class PurgeCommand {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AuditSettings settings;

    public PurgeCommand(JdbcTemplate jdbc, TransactionTemplate tx, AuditSettings settings) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.settings = settings;
    }

    public ExitCode purge(CommandLine cmd, PrintStream out) throws Exception {
        int days;
        try {
            days = Integer.parseInt(cmd.option("older-than", Integer.toString(settings.purgeAfterDays())));
        } catch (NumberFormatException e) {
            throw new UsageException("--older-than must be a whole number of days");
        }
        if (days < 0) {
            throw new UsageException("--older-than must not be negative");
        }
        try (AutoCloseable held = new RunLock(jdbc.getDataSource()).acquire()) {
            List<String> codes = jdbc.queryForList("""
                    SELECT code FROM campaign
                    WHERE purged_at IS NULL AND end_date IS NOT NULL AND end_date < current_date - ?
                    ORDER BY code""", String.class, days);
            if (codes.isEmpty()) {
                out.println("leadaudit: nothing to purge: no campaign ended more than " + days + " days ago");
                return ExitCode.DONE;
            }
            for (String code : codes) {
                int[] counts = tx.execute(status -> {
                    int scans = jdbc.queryForObject("SELECT count(*) FROM scan WHERE campaign_code = ?",
                            Integer.class, code);
                    int leads = jdbc.update("DELETE FROM lead WHERE campaign_code = ?", code);
                    jdbc.update("DELETE FROM lead_person lp WHERE NOT EXISTS (SELECT 1 FROM lead l WHERE l.id = lp.lead_id)");
                    jdbc.update("DELETE FROM lead_scan ls WHERE NOT EXISTS (SELECT 1 FROM lead l WHERE l.id = ls.lead_id)");
                    int files = jdbc.update("DELETE FROM source_file WHERE role = 'BADGE_SCAN' AND campaign_code = ?", code);
                    jdbc.update("UPDATE campaign SET purged_at = now() WHERE code = ?", code);
                    LeadVersions.of(jdbc, List.of(code));
                    return new int[] {scans, files, leads};
                });
                out.printf("leadaudit: purged campaign %s: %d scans from %d files and %d leads deleted; figures kept%n",
                        code, counts[0], counts[1], counts[2]);
            }
            return ExitCode.DONE;
        }
    }
}
