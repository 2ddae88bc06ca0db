package com.leadaudit.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Owner of table report_file: the campaign workbooks as written, each with the basis of everything it shows. A
 * re-run for the same as-of over unchanged inputs would write the same workbook again (SPEC §11); it keeps the file
 * instead, when the file is still the one written — same size and modification time, so a copy someone saved over it
 * in Excel is replaced. A kept workbook's Run sheet names the run that wrote it.
 */
@Repository
class KeptWorkbooks {

    /**
     * What a campaign workbook shows besides this run's as-of, settings and software version (the parameter): the
     * campaign row (its lead_version renews with every change to its leads, SPEC §10's facts, warnings, this as-of's
     * instant), the files the Run and Data Quality sheets list (their rejected rows and warnings come with the file's
     * id and content), and the figures of every as-of (this one's, and the trend).
     */
    private static final String BASIS = """
            SELECT md5(concat_ws('|', ?, c::text,
                       (SELECT string_agg(concat_ws(':', f.id, f.path, f.role, f.kind, f.fingerprint, f.sha256,
                                                    f.data_rows, f.rejected_rows, f.status, f.reason), ',' ORDER BY f.id)
                        FROM source_file f
                        WHERE f.present AND ((f.role = 'BADGE_SCAN' AND f.campaign_code = c.code) OR f.role = 'CRM')),
                       (SELECT string_agg(concat_ws(':', t.as_of, t.as_of_instant, t.basis, t.sla_compliance,
                                                    t.followed_up, t.leads), ',' ORDER BY t.as_of)
                        FROM campaign_figures t WHERE t.campaign_code = c.code)))
            FROM campaign c WHERE c.code = ?""";

    private final JdbcTemplate jdbc;

    KeptWorkbooks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String basis(String campaignCode, String run) {
        return jdbc.queryForObject(BASIS, String.class, run, campaignCode);
    }

    /** True when {@code workbook} is the file written for this basis and has not been touched since. */
    boolean unchanged(Path workbook, String basis) {
        List<long[]> recorded = jdbc.query("SELECT size, modified_micros FROM report_file WHERE path = ? AND basis = ?",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, key(workbook), basis);
        if (recorded.isEmpty()) {
            return false;
        }
        try {
            return Files.size(workbook) == recorded.get(0)[0] && modifiedMicros(workbook) == recorded.get(0)[1];
        } catch (IOException e) {
            return false; // gone or unreadable: written again
        }
    }

    /** Notes the workbook just moved into place; a run that stops before this only writes it again next time. */
    void record(Path workbook, String basis) throws IOException {
        jdbc.update("""
                INSERT INTO report_file (path, basis, size, modified_micros, written_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (path) DO UPDATE SET basis = excluded.basis, size = excluded.size,
                    modified_micros = excluded.modified_micros, written_at = excluded.written_at""",
                key(workbook), basis, Files.size(workbook), modifiedMicros(workbook), Timestamp.from(Instant.now()));
    }

    private static String key(Path workbook) {
        return workbook.toAbsolutePath().normalize().toString();
    }

    private static long modifiedMicros(Path workbook) throws IOException {
        return Files.getLastModifiedTime(workbook).to(TimeUnit.MICROSECONDS);
    }
}
