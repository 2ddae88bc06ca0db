package com.leadaudit.scan;

import com.leadaudit.importing.CopyRows;
import javax.sql.DataSource;

/**
 * Streams the accepted scans of one file into a COPY inside the file's transaction (the table's
 * owner is {@link ScanRepository}).
 */
final class ScanWriter {

    private final CopyRows copy;
    private final long fileId;
    private final String campaignCode;

    ScanWriter(DataSource dataSource, long fileId, String campaignCode) {
        this.copy = new CopyRows(dataSource, ScanRepository.COPY_COLUMNS);
        this.fileId = fileId;
        this.campaignCode = campaignCode;
    }

    void add(Scan s) {
        copy.add(fileId).add(s.rowNumber()).add(campaignCode)
                .add(s.scannedLocal()).add(s.scannedInstant()).add(s.captureEstimated())
                .add(s.firstName()).add(s.lastName()).add(s.email()).add(s.company()).add(s.title())
                .add(s.phone()).add(s.phoneE164()).add(s.country()).add(s.badgeId()).add(s.scannedBy())
                .add(s.ratingRaw()).add(s.rating()).add(s.notes()).add(s.answersJson())
                .add(s.emailNorm()).add(s.nameKey()).add(s.lastNameKey()).add(s.companyKey())
                .endRow();
    }

    void flush() {
        copy.finish();
    }
}
