package com.leadaudit.importing;

import com.leadaudit.io.SafeText;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The register of input files (table source_file) with their rejected rows and warnings. Reasons, messages and raw
 * values quote input text, so every one passes {@link SafeText#clean} on its way in: a NUL in a file must never make
 * PostgreSQL refuse the record of that file's rejection (SPEC §4).
 */
@Repository
public class SourceFiles {

    /** A registered file; {@code modifiedMicros} is null for files registered before it was recorded. */
    public record Known(long id, String fingerprint, String status, String sha256, long sizeBytes, Long modifiedMicros,
                        String reason) {

        /** The same size and modification time as recorded: the file is taken as the one imported, unread. */
        public boolean looksUnchanged(long size, long modified) {
            return modifiedMicros != null && modifiedMicros == modified && sizeBytes == size;
        }
    }

    /**
     * @param importedAt when the file counts as imported, or null for the transaction's time. Which of two CRM rows
     *                   with one id wins follows this order, so files imported in parallel are given it up front.
     */
    public record NewFile(String path, FileRole role, String campaignCode, String kind, String format, String sha256,
                          String fingerprint, long sizeBytes, Long modifiedMicros, java.time.Instant importedAt) {
    }

    private final JdbcTemplate jdbc;

    public SourceFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Known> find(String path) {
        return jdbc.query("""
                SELECT id, fingerprint, status, sha256, size_bytes, modified_micros, reason
                FROM source_file WHERE path = ?""",
                (rs, i) -> new Known(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        rs.getObject(6, Long.class), rs.getString(7)), path).stream().findFirst();
    }

    /** Notes the modification time of a file found unchanged by its content, for the quick check next time. */
    public void noteModified(long id, long modifiedMicros) {
        jdbc.update("UPDATE source_file SET modified_micros = ? WHERE id = ?", modifiedMicros, id);
    }

    /** Removes a path and, by cascade, every row it gave: the new content replaces it whole (SPEC §4). */
    public void forget(String path) {
        jdbc.update("DELETE FROM source_file WHERE path = ?", path);
    }

    /**
     * Removes every registered file and, by cascade, what each gave, as {@link #forget} does for one: the next import
     * reads every file in the input again ({@link StagingRows}). Returns how many.
     */
    public int forgetAll() {
        return jdbc.update("DELETE FROM source_file");
    }

    /** Removes a campaign's badge-scan files and, by cascade, their scans and rejected rows (a purge); returns how many. */
    public int forgetBadgeScans(String campaignCode) {
        return jdbc.update("DELETE FROM source_file WHERE role = 'BADGE_SCAN' AND campaign_code = ?", campaignCode);
    }

    public long insert(NewFile f, String status, String reason) {
        return jdbc.queryForObject("""
                INSERT INTO source_file (path, role, campaign_code, kind, format, sha256, fingerprint, size_bytes,
                                         modified_micros, status, reason, present, imported_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, COALESCE(?::timestamptz, now()))
                RETURNING id""", Long.class,
                f.path(), f.role().name(), f.campaignCode(), f.kind(), f.format(), f.sha256(), f.fingerprint(),
                f.sizeBytes(), f.modifiedMicros(), status, SafeText.clean(reason),
                f.importedAt() == null ? null : java.sql.Timestamp.from(f.importedAt()));
    }

    /** How the header was read (SPEC §4: the Run sheet shows it per file), kept with the file's record. */
    public void noteReading(long id, String reading, String missingFields) {
        jdbc.update("UPDATE source_file SET reading = ?, missing_fields = ? WHERE id = ?", reading, missingFields, id);
    }

    public void finish(long id, String kind, String status, String reason, int dataRows, int rejectedRows) {
        jdbc.update("UPDATE source_file SET kind = ?, status = ?, reason = ?, data_rows = ?, rejected_rows = ? WHERE id = ?",
                kind, status, SafeText.clean(reason), dataRows, rejectedRows, id);
    }

    public void saveProblems(long fileId, RowProblems problems) {
        List<RowProblems.Problem> rejected = problems.rejected();
        jdbc.batchUpdate("INSERT INTO rejected_row (file_id, row_number, reason, raw_values) VALUES (?, ?, ?, ?)",
                rejected, 1000, (ps, p) -> {
                    ps.setLong(1, fileId);
                    ps.setInt(2, p.rowNumber());
                    ps.setString(3, SafeText.clean(p.message()));
                    ps.setString(4, SafeText.clean(p.rawValues()));
                });
        jdbc.batchUpdate("INSERT INTO import_warning (file_id, row_number, message) VALUES (?, ?, ?)",
                problems.warnings(), 1000, (ps, p) -> {
                    ps.setLong(1, fileId);
                    if (p.rowNumber() > 0) {
                        ps.setInt(2, p.rowNumber());
                    } else {
                        ps.setNull(2, java.sql.Types.INTEGER);
                    }
                    ps.setString(3, SafeText.clean(p.message()));
                });
    }

    /** Files no longer in the input folder stop counting in reports but keep their history until purged. */
    public void markPresent(FileRole role, Collection<String> presentPaths) {
        jdbc.update("UPDATE source_file SET present = (path = ANY (?)) WHERE role = ?",
                ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("text", presentPaths.toArray()));
                    ps.setString(2, role.name());
                });
    }
}
