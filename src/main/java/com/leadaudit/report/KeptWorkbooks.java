package com.leadaudit.report;

import com.leadaudit.rebuild.DerivedSet;
import com.leadaudit.rebuild.DerivedState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
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
    record SameContent(Path file, String sheetsBasis, String qualityBasis, String blocksBasis,
                       CampaignWorkbookWriter.SheetRows rows) {
    }

    /**
     * The newest workbook written at another path for this very basis and untouched since: the file this run would
     * write, cell for cell (its Run sheet names the run that wrote it, as a kept workbook's does). Issue #17: the
     * same as-of written to a new reports folder then costs a file copy, not a rebuild. Empty when none is left.
     */
    Optional<SameContent> sameContent(String basis, Path target) {
        return newestUntouched("sheets_basis, lead_rows, action_rows, quality_basis, COALESCE(quality_rows, -1), "
                        + "leads_blocks_basis, leads_blocks",
                "basis = ? AND path <> ?", (rs, file) -> new SameContent(file, rs.getString(4), rs.getString(7),
                        rs.getString(9), new CampaignWorkbookWriter.SheetRows(rs.getInt(5), rs.getInt(6),
                        rs.getInt(8), blocks(rs.getString(10)), 0)),
                basis, key(target));
    }

    /** The newest workbook of the campaign, as written, whose lead sheets have this basis; empty when none is left. */
    Optional<CampaignWorkbookWriter.CopiedSheets> leadSheets(String campaignCode, String sheetsBasis) {
        return newestUntouched("lead_rows, action_rows, leads_blocks_basis, leads_blocks",
                "campaign_code = ? AND sheets_basis = ?",
                (rs, file) -> new CampaignWorkbookWriter.CopiedSheets(file, rs.getInt(4), rs.getInt(5),
                        blocks(rs.getString(7)), rs.getString(6)),
                campaignCode, sheetsBasis);
    }

    /**
     * The newest workbook of the campaign, as written, whose Leads sheet's blocks have this
     * {@link CampaignWorkbookWriter#leadBlocksBasis}: the blocks whose rows did not change are taken from it. Empty
     * when none is left.
     */
    Optional<LeadSheetBlocks.Earlier> leadBlocks(String campaignCode, String blocksBasis) {
        return newestUntouched("leads_blocks, lead_version",
                "campaign_code = ? AND leads_blocks_basis = ? AND leads_blocks IS NOT NULL",
                (rs, file) -> new LeadSheetBlocks.Earlier(file, blocks(rs.getString(4)),
                        rs.getObject(5) == null ? null : rs.getLong(5)), campaignCode, blocksBasis);
    }

    private static LeadBlocks blocks(String encoded) {
        return encoded == null ? null : LeadBlocks.decode(encoded);
    }

    /**
     * The newest workbook of the campaign, as written, whose Data Quality sheet has this basis; empty when none is
     * left (or it was written before its sheet's basis was noted).
     */
    Optional<CampaignWorkbookWriter.CopiedQuality> qualitySheet(String campaignCode, String qualityBasis) {
        return newestUntouched("quality_rows", "campaign_code = ? AND quality_basis = ? AND quality_rows IS NOT NULL",
                (rs, file) -> new CampaignWorkbookWriter.CopiedQuality(file, rs.getInt(4)), campaignCode, qualityBasis);
    }

    /** What a caller takes from one report_file row; columns 1-3 are path, size and modified_micros. */
    @FunctionalInterface
    private interface Candidate<T> {
        T of(ResultSet rs, Path file) throws SQLException;
    }

    private record Found<T>(T value, Path file, long size, long modifiedMicros) {
    }

    /**
     * The newest of the (at most five newest) report_file rows matching {@code where} whose file is still as written:
     * a workbook deleted or saved over since cannot be copied from.
     */
    private <T> Optional<T> newestUntouched(String columns, String where, Candidate<T> candidate, Object... args) {
        List<Found<T>> found = jdbc.query("SELECT path, size, modified_micros, " + columns + " FROM report_file WHERE "
                        + where + " ORDER BY written_at DESC LIMIT 5", (rs, i) -> {
                    Path file = Path.of(rs.getString(1));
                    return new Found<>(candidate.of(rs, file), file, rs.getLong(2), rs.getLong(3));
                }, args);
        return found.stream().filter(f -> untouched(f.file(), f.size(), f.modifiedMicros())).map(Found::value)
                .findFirst();
    }

    /**
     * Notes the workbook just moved into place; a run that stops before this only writes it again next time. A
     * null {@code qualityBasis} (or negative quality rows: a copy of a workbook whose sheet basis was not noted)
     * leaves its Data Quality sheet out of later copies; a null {@code blocksBasis} or blocks, its Leads blocks out
     * of later patches.
     */
    void record(Path workbook, String campaignCode, String basis, String sheetsBasis, String qualityBasis,
                String blocksBasis, CampaignWorkbookWriter.SheetRows rows) throws IOException {
        boolean quality = qualityBasis != null && rows.quality() >= 0;
        boolean blocks = blocksBasis != null && rows.blocks() != null;
        // No lead changes while workbooks are written, so the campaign's lead_version now is the one its sheets show.
        Long leadVersion = jdbc.queryForObject("""
                INSERT INTO report_file (path, campaign_code, basis, sheets_basis, lead_rows, action_rows, size,
                                         modified_micros, written_at, quality_basis, quality_rows,
                                         leads_blocks_basis, leads_blocks, lead_version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT lead_version FROM campaign WHERE code = ?))
                ON CONFLICT (path) DO UPDATE SET campaign_code = excluded.campaign_code, basis = excluded.basis,
                    sheets_basis = excluded.sheets_basis, lead_rows = excluded.lead_rows,
                    action_rows = excluded.action_rows, size = excluded.size,
                    modified_micros = excluded.modified_micros, written_at = excluded.written_at,
                    quality_basis = excluded.quality_basis, quality_rows = excluded.quality_rows,
                    leads_blocks_basis = excluded.leads_blocks_basis, leads_blocks = excluded.leads_blocks,
                    lead_version = excluded.lead_version
                RETURNING lead_version""", Long.class,
                key(workbook), campaignCode, basis, sheetsBasis, rows.leads(), rows.actions(), Files.size(workbook),
                modifiedMicros(workbook), Timestamp.from(Instant.now()), quality ? qualityBasis : null,
                quality ? rows.quality() : null, blocks ? blocksBasis : null, blocks ? rows.blocks().encode() : null,
                campaignCode);
        if (blocks && leadVersion != null) {
            startChangeLog(campaignCode, leadVersion);
        }
    }

    /**
     * From now on the campaign's updated leads are noted (V20), so that a later night finds the blocks to write again
     * without reading every lead; what is noted up to this workbook's version is no longer needed. A workbook with
     * blocks written at an older version, should it be the newest left, is patched by hashing instead.
     */
    private void startChangeLog(String campaignCode, long leadVersion) {
        jdbc.update("""
                WITH noted AS (DELETE FROM lead_change WHERE campaign_code = ? AND version <= ?)
                INSERT INTO lead_change_log (campaign_code, from_version) VALUES (?, ?)
                ON CONFLICT (campaign_code) DO UPDATE SET from_version = excluded.from_version""",
                campaignCode, leadVersion, campaignCode, leadVersion);
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
