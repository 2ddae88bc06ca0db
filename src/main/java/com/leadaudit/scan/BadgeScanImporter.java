package com.leadaudit.scan;

import com.leadaudit.campaign.Campaign;
import com.leadaudit.importing.FileRole;
import com.leadaudit.importing.LayoutMappings;
import com.leadaudit.importing.RowProblems;
import com.leadaudit.importing.RowSink;
import com.leadaudit.importing.TableFileImporter;
import com.leadaudit.io.DateOrder;
import com.leadaudit.io.LayoutMapping;
import com.leadaudit.io.MappedRow;
import com.leadaudit.io.TableSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
        return importFile(file, relPath, campaign, defaultOrder, LayoutMappings.Loaded.NONE);
    }

    /** As above, with the operator's badge-scan mapping files recognised before the built-in synonyms. */
    public TableFileImporter.Result importFile(Path file, String relPath, Campaign campaign, DateOrder defaultOrder,
                                               LayoutMappings.Loaded mappings) {
        return importFile(files.content(file, relPath), file, campaign, defaultOrder, mappings);
    }

    /** As above, the file's content already looked at by the caller. */
    public TableFileImporter.Result importFile(TableFileImporter.Content content, Path file, Campaign campaign,
                                               DateOrder defaultOrder, LayoutMappings.Loaded mappings) {
        Set<String> kinds = Set.of(BadgeScanMappingKind.NAME);
        // The country shapes the E.164 phones stored with each scan, a mapping decides which column is what, and the
        // campaign's dates which scan times are plausible: a change to any of them re-imports the file.
        String settings = "country=" + campaign.country() + "|mappings=" + mappings.fingerprint(kinds)
                + "|window=" + PlausibleScanTime.settings(campaign);
        PlausibleScanTime plausible = new PlausibleScanTime(campaign);
        List<TableSchema> schemas = new ArrayList<>();
        mappings.ofKinds(kinds).stream().map(LayoutMapping::schema).forEach(schemas::add);
        schemas.add(BadgeScanSchema.SCHEMA);
        return files.importFile(content, file, FileRole.BADGE_SCAN, campaign.code(), settings,
                schemas, defaultOrder, (fileId, layout, context) -> {
                    ScanRowMapper mapper = new ScanRowMapper(layout, context, campaign.country());
                    ScanWriter writer = scans.writer(fileId, campaign.code());
                    return new RowSink() {
                        @Override
                        public void accept(MappedRow row, RowProblems problems) {
                            mapper.map(row, problems).ifPresent(scan -> plausible.problem(scan).ifPresentOrElse(
                                    reason -> problems.reject(row, reason), () -> writer.add(scan)));
                        }

                        @Override
                        public void finish(RowProblems problems) {
                            writer.flush();
                            if (mapper.droppedAnswerColumns() > 0) {
                                problems.warn((Integer) null, "only the first " + ScanRowMapper.MAX_ANSWER_COLUMNS
                                        + " extra columns are kept as answers to custom questions; "
                                        + mapper.droppedAnswerColumns() + " further columns were ignored");
                            }
                            if (!mapper.hasScanTime()) {
                                List<String> timeLike = mapper.timeLikeAnswerColumns();
                                problems.warn((Integer) null, "capture time estimated: the file has no scan-time "
                                        + "column, so every scan counts as captured at the end of the campaign's last day"
                                        + (timeLike.isEmpty() ? "" : "; the column(s) " + String.join(", ", timeLike)
                                        + " hold dates or times but are kept as answers to custom questions: if one is"
                                        + " the scan time, name it in a mapping file"));
                            }
                        }
                    };
                }, null);
    }
}
