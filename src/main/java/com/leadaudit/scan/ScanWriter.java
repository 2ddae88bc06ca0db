package com.leadaudit.scan;

import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes accepted scans of one file in batches (the table's owner is {@link ScanRepository}). */
final class ScanWriter {

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final long fileId;
    private final String campaignCode;
    private final List<Scan> buffer = new ArrayList<>(BATCH);

    ScanWriter(JdbcTemplate jdbc, long fileId, String campaignCode) {
        this.jdbc = jdbc;
        this.fileId = fileId;
        this.campaignCode = campaignCode;
    }

    void add(Scan scan) {
        buffer.add(scan);
        if (buffer.size() >= BATCH) {
            flush();
        }
    }

    void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(ScanRepository.INSERT, buffer, BATCH, (ps, s) -> {
            ps.setLong(1, fileId);
            ps.setInt(2, s.rowNumber());
            ps.setString(3, campaignCode);
            ps.setObject(4, s.scannedLocal(), Types.TIMESTAMP);
            ps.setTimestamp(5, s.scannedInstant() == null ? null : Timestamp.from(s.scannedInstant()));
            ps.setBoolean(6, s.captureEstimated());
            ps.setString(7, s.firstName());
            ps.setString(8, s.lastName());
            ps.setString(9, s.email());
            ps.setString(10, s.company());
            ps.setString(11, s.title());
            ps.setString(12, s.phone());
            ps.setString(13, s.phoneE164());
            ps.setString(14, s.country());
            ps.setString(15, s.badgeId());
            ps.setString(16, s.scannedBy());
            ps.setString(17, s.ratingRaw());
            ps.setString(18, s.rating());
            ps.setString(19, s.notes());
            ps.setString(20, s.answersJson());
            ps.setString(21, s.emailNorm());
            ps.setString(22, s.nameKey());
            ps.setString(23, s.lastNameKey());
            ps.setString(24, s.companyKey());
        });
        buffer.clear();
    }
}
