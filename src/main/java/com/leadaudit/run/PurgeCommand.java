package com.leadaudit.run;

import com.leadaudit.scan.CampaignPurge;
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
    private final CampaignPurge campaigns;

    public PurgeCommand(JdbcTemplate jdbc, TransactionTemplate tx, AuditSettings settings, CampaignPurge campaigns) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.settings = settings;
        this.campaigns = campaigns;
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
            List<String> codes = campaigns.due(days);
            if (codes.isEmpty()) {
                out.println("leadaudit: nothing to purge: no campaign ended more than " + days + " days ago");
                return ExitCode.DONE;
            }
            for (String code : codes) {
                CampaignPurge.Purged purged = tx.execute(status -> campaigns.purge(code));
                out.printf("leadaudit: purged campaign %s: %d scans from %d files and %d leads deleted; figures kept%n",
                        code, purged.scans(), purged.files(), purged.leads());
            }
            return ExitCode.DONE;
        }
    }
}
