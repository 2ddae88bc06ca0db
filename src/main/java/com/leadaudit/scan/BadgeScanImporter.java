package com.leadaudit.scan;

import com.leadaudit.campaign.Campaign;
import com.leadaudit.io.DateOrder;
import com.leadaudit.io.FileRole;
import com.leadaudit.io.MappedRow;
import com.leadaudit.io.RowProblems;
import com.leadaudit.io.RowSink;
import com.leadaudit.io.TableFileImporter;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;

/** Imports one badge-scan export of a campaign (SPEC §4, §5). */
@Component
public class BadgeScanImporter {

    private final TableFileImporter files;
    private final ScanRepository scans;

    public BadgeScanImporter(TableFileImporter files, ScanRepository scans) {
        this.files = files;
        this.scans = scans;
    }

    public TableFileImporter.Result importFile(Path file, String relPath, Campaign campaign, DateOrder defaultOrder) {
        // The country shapes the E.164 phones stored with each scan, so a changed country re-imports the file.
        String settings = "country=" + campaign.country();
        return files.importFile(file, relPath, FileRole.BADGE_SCAN, campaign.code(), settings,
                List.of(BadgeScanSchema.SCHEMA), defaultOrder, (fileId, layout, context) -> {
                    ScanRowMapper mapper = new ScanRowMapper(layout, context, campaign.country());
                    ScanWriter writer = scans.writer(fileId, campaign.code());
                    return new RowSink() {
                        @Override
                        public void accept(MappedRow row, RowProblems problems) {
                            mapper.map(row, problems).ifPresent(writer::add);
                        }

                        @Override
                        public void finish(RowProblems problems) {
                            writer.flush();
                            if (!mapper.hasScanTime()) {
                                problems.warn((Integer) null, "capture time estimated: the file has no scan-time "
                                        + "column, so every scan counts as captured at the end of the campaign's last day");
                            }
                        }
                    };
                });
    }
}
