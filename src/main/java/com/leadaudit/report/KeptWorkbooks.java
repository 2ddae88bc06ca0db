package com.leadaudit.report;

import com.leadaudit.rebuild.DerivedSet;
import com.leadaudit.rebuild.DerivedState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Owner of table report_file: the campaign workbooks as written, each with the basis of everything it shows. A
 * re-run for the same as-of over unchanged inputs would write the same workbook again (SPEC §11); it keeps the file
 * instead, when the file is still the one written — same size and modification time, so a copy someone saved over it
 * in Excel is replaced. A kept workbook's Run sheet names the run that wrote it. Another night's workbook with the
 * same leads takes its Leads and Action List from the newest such file ({@link #leadSheets}).
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
            SELECT md5(concat_ws('|', ?, c::text, (%s),
                       (SELECT string_agg(concat_ws(':', t.as_of, t.as_of_instant, t.basis, t.sla_compliance,
                                                    t.followed_up, t.leads), ',' ORDER BY t.as_of)
                        FROM campaign_figures t WHERE t.campaign_code = c.code)))
            FROM campaign c WHERE c.code = ?""".formatted(KeptWorkbooks.FILES);

    /**
     * The files campaign c's workbook lists (its badge-scan files and every CRM file), each by id and content: a
     * file's rejected rows and warnings are stored with its id when it is imported and never change after.
     */
    private static final String FILES = """
            SELECT string_agg(concat_ws(':', f.id, f.path, f.role, f.kind, f.fingerprint, f.sha256, f.data_rows,
                                        f.rejected_rows, f.status, f.reason), ',' ORDER BY f.id)
            FROM source_file f
            WHERE f.present AND ((f.role = 'BADGE_SCAN' AND f.campaign_code = c.code) OR f.role = 'CRM')""";

    /**
     * What the Data Quality sheet shows (its query is {@link ReportQueries#DATA_QUALITY}): the campaign's warnings,
     * the CRMs whose owners its leads show by id, the files it lists with their rejected rows and warnings, and the
     * scans merged into its leads. The last are fixed by the campaign's leads as built (the second parameter: the
     * fingerprint its part of the derived set {@code leads} was recorded with), not by the statuses and touches that
     * change from night to night; so on most nights the sheet is the one the previous workbook holds.
     */
    private static final String QUALITY_BASIS = """
            SELECT md5(concat_ws('|', ?, ?, COALESCE(c.warnings::text, '-'),
                       COALESCE((SELECT string_agg(u.source, ',' ORDER BY u.source) FROM (%s) u), '-'),
                       COALESCE((%s), '-')))
            FROM campaign c WHERE c.code = ?""".formatted(ReportQueries.UNNAMED_OWNER_SOURCES, KeptWorkbooks.FILES);

    /**
     * What the Leads and Action List sheets show: the campaign's lead rows (lead_version) in its time zone, written
     * by this software (the parameter). Their styles and names are checked when the sheets are copied.
     */
    private static final String SHEETS_BASIS = """
            SELECT md5(concat_ws('|', ?, c.lead_version, c.time_zone)) FROM campaign c WHERE c.code = ?""";

    private final JdbcTemplate jdbc;
    private final DerivedState derived;

    KeptWorkbooks(JdbcTemplate jdbc, DerivedState derived) {
        this.jdbc = jdbc;
        this.derived = derived;
    }

    String basis(String campaignCode, String run) {
        return jdbc.queryForObject(BASIS, String.class, run, campaignCode);
    }

    String sheetsBasis(String campaignCode, String softwareVersion) {
        return jdbc.queryForObject(SHEETS_BASIS, String.class, "lead sheets v1|" + softwareVersion, campaignCode);
    }

    /** Null while the campaign's leads have no recorded fingerprint (the sheet is then written from its rows). */
    String qualityBasis(String campaignCode, String softwareVersion) {
        String leads = derived.recordedFingerprint(DerivedSet.LEADS, campaignCode).orElse(null);
        if (leads == null) {
            return null;
        }
        return jdbc.queryForObject(QUALITY_BASIS, String.class, "data quality v1|" + softwareVersion, leads,
                campaignCode, campaignCode);
    }

    /** True when {@code workbook} is the file written for this basis and has not been touched since. */
    boolean unchanged(Path workbook, String basis) {
        List<long[]> recorded = jdbc.query("SELECT size, modified_micros FROM report_file WHERE path = ? AND basis = ?",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, key(workbook), basis);
        return !recorded.isEmpty() && untouched(Path.of(key(workbook)), recorded.get(0)[0], recorded.get(0)[1]);
    }

    /** A workbook as written elsewhere, with what {@link #record} needs to note its copy. */
    record SameContent(Path file, String sheetsBasis, String qualityBasis, CampaignWorkbookWriter.SheetRows rows) {
    }

    /**
     * The newest workbook written at another path for this very basis and untouched since: the file this run would
     * write, cell for cell (its Run sheet names the run that wrote it, as a kept workbook's does). Issue #17: the
     * same as-of written to a new reports folder then costs a file copy, not a rebuild. Empty when none is left.
     */
    Optional<SameContent> sameContent(String basis, Path target) {
        List<Object[]> candidates = jdbc.query("""
                SELECT path, sheets_basis, lead_rows, action_rows, size, modified_micros, quality_basis,
                       COALESCE(quality_rows, -1)
                FROM report_file
                WHERE basis = ? AND path <> ? ORDER BY written_at DESC LIMIT 5""",
                (rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getLong(5),
                    rs.getLong(6), rs.getString(7), rs.getInt(8)}, basis, key(target));
        for (Object[] c : candidates) {
            Path file = Path.of((String) c[0]);
            if (untouched(file, (Long) c[4], (Long) c[5])) {
                return Optional.of(new SameContent(file, (String) c[1], (String) c[6],
                        new CampaignWorkbookWriter.SheetRows((Integer) c[2], (Integer) c[3], (Integer) c[7])));
            }
        }
        return Optional.empty();
    }

    /** The newest workbook of the campaign, as written, whose lead sheets have this basis; empty when none is left. */
    Optional<CampaignWorkbookWriter.CopiedSheets> leadSheets(String campaignCode, String sheetsBasis) {
        List<Object[]> candidates = jdbc.query("""
                SELECT path, lead_rows, action_rows, size, modified_micros FROM report_file
                WHERE campaign_code = ? AND sheets_basis = ? ORDER BY written_at DESC LIMIT 5""",
                (rs, i) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getLong(4), rs.getLong(5)},
                campaignCode, sheetsBasis);
        for (Object[] c : candidates) {
            Path file = Path.of((String) c[0]);
            if (untouched(file, (Long) c[3], (Long) c[4])) {
                return Optional.of(new CampaignWorkbookWriter.CopiedSheets(file, (Integer) c[1], (Integer) c[2]));
            }
        }
        return Optional.empty();
    }

    /**
     * The newest workbook of the campaign, as written, whose Data Quality sheet has this basis; empty when none is
     * left (or it was written before its sheet's basis was noted).
     */
    Optional<CampaignWorkbookWriter.CopiedQuality> qualitySheet(String campaignCode, String qualityBasis) {
        List<Object[]> candidates = jdbc.query("""
                SELECT path, quality_rows, size, modified_micros FROM report_file
                WHERE campaign_code = ? AND quality_basis = ? AND quality_rows IS NOT NULL
                ORDER BY written_at DESC LIMIT 5""",
                (rs, i) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getLong(4)},
                campaignCode, qualityBasis);
        for (Object[] c : candidates) {
            Path file = Path.of((String) c[0]);
            if (untouched(file, (Long) c[2], (Long) c[3])) {
                return Optional.of(new CampaignWorkbookWriter.CopiedQuality(file, (Integer) c[1]));
            }
        }
        return Optional.empty();
    }

    /**
     * Notes the workbook just moved into place; a run that stops before this only writes it again next time. A
     * null {@code qualityBasis} (or negative quality rows: a copy of a workbook whose sheet basis was not noted)
     * leaves its Data Quality sheet out of later copies.
     */
    void record(Path workbook, String campaignCode, String basis, String sheetsBasis, String qualityBasis,
                CampaignWorkbookWriter.SheetRows rows) throws IOException {
        boolean quality = qualityBasis != null && rows.quality() >= 0;
        jdbc.update("""
                INSERT INTO report_file (path, campaign_code, basis, sheets_basis, lead_rows, action_rows, size,
                                         modified_micros, written_at, quality_basis, quality_rows)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (path) DO UPDATE SET campaign_code = excluded.campaign_code, basis = excluded.basis,
                    sheets_basis = excluded.sheets_basis, lead_rows = excluded.lead_rows,
                    action_rows = excluded.action_rows, size = excluded.size,
                    modified_micros = excluded.modified_micros, written_at = excluded.written_at,
                    quality_basis = excluded.quality_basis, quality_rows = excluded.quality_rows""",
                key(workbook), campaignCode, basis, sheetsBasis, rows.leads(), rows.actions(), Files.size(workbook),
                modifiedMicros(workbook), Timestamp.from(Instant.now()), quality ? qualityBasis : null,
                quality ? rows.quality() : null);
    }

    private static boolean untouched(Path file, long size, long modifiedMicros) {
        try {
            return Files.size(file) == size && modifiedMicros(file) == modifiedMicros;
        } catch (IOException e) {
            return false; // gone or unreadable: written again
        }
    }

    private static String key(Path workbook) {
        return workbook.toAbsolutePath().normalize().toString();
    }

    private static long modifiedMicros(Path workbook) throws IOException {
        return Files.getLastModifiedTime(workbook).to(TimeUnit.MICROSECONDS);
    }
}
