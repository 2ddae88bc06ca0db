package com.leadaudit.scan;

import com.leadaudit.campaign.Campaign;
import com.leadaudit.campaign.CampaignRegister;
import com.leadaudit.importing.FileRole;
import com.leadaudit.importing.InputFiles;
import com.leadaudit.importing.LayoutMappings;
import com.leadaudit.importing.ParallelWork;
import com.leadaudit.importing.SourceFiles;
import com.leadaudit.importing.TableFileImporter;
import com.leadaudit.io.DateOrder;
import com.leadaudit.io.PauseInsideStep;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Imports every badge-scan export under input/badge-scans/&lt;code&gt;/ (SPEC §3). */
@Service
public class ScanImportService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ScanImportService.class);

    private final BadgeScanImporter importer;
    private final TableFileImporter files;
    private final SourceFiles sourceFiles;
    private final LayoutMappings mappings;
    /** Files imported at once (leadaudit.import.threads, default 2); each is its own transaction. */
    private final int threads;

    public ScanImportService(BadgeScanImporter importer, TableFileImporter files, SourceFiles sourceFiles,
                             LayoutMappings mappings, @Value("${leadaudit.import.threads:2}") int threads) {
        this.importer = importer;
        this.files = files;
        this.sourceFiles = sourceFiles;
        this.mappings = mappings;
        this.threads = threads;
    }

    /**
     * Badge-scan files are independent (every scan of every file counts; ties between scans are broken by file path
     * and row, never by import order), so they are imported in parallel. A file repeating another file of the same
     * campaign is skipped (SPEC §4); the same export in two campaigns' folders counts in each.
     */
    public List<TableFileImporter.Result> importAll(Path inputDir, List<Campaign> campaigns, DateOrder order) {
        List<Campaign> owners = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        List<String> present = new ArrayList<>();
        LayoutMappings.Loaded loaded = mappings.load(inputDir);
        Path scansDir = inputDir.resolve("badge-scans");
        for (Path stray : InputFiles.directlyIn(scansDir)) {
            log.warn("{} is not in a campaign folder, so it is not read: move it into badge-scans/<campaign code>/",
                    InputFiles.relative(inputDir, stray));
        }
        for (Campaign campaign : campaigns) {
            if (!CampaignRegister.isScanFolderName(campaign.code())) {
                continue; // its register row carries the warning; never resolve such a code against the input folder
            }
            for (Path other : InputFiles.notRead(scansDir.resolve(campaign.code()))) {
                log.warn("{} is not read: only .xlsx, .xls, .csv, .txt and .tsv files are exports",
                        InputFiles.relative(inputDir, other));
            }
            for (Path file : InputFiles.under(inputDir.resolve("badge-scans").resolve(campaign.code()))) {
                owners.add(campaign);
                paths.add(file);
                present.add(InputFiles.relative(inputDir, file));
            }
        }
        List<TableFileImporter.Content> contents = files.contents(paths, present, threads);
        Map<String, List<TableFileImporter.Content>> byCampaign = new LinkedHashMap<>();
        for (int i = 0; i < contents.size(); i++) {
            byCampaign.computeIfAbsent(owners.get(i).code(), c -> new ArrayList<>()).add(contents.get(i));
        }
        Map<String, String> duplicates = new LinkedHashMap<>();
        byCampaign.values().forEach(scope -> duplicates.putAll(TableFileImporter.duplicates(scope)));
        List<Callable<TableFileImporter.Result>> imports = new ArrayList<>();
        for (int i = 0; i < contents.size(); i++) {
            TableFileImporter.Content content = contents.get(i);
            Campaign campaign = owners.get(i);
            Path file = paths.get(i);
            String original = duplicates.get(content.path());
            imports.add(original != null
                    ? () -> files.skipDuplicate(content, FileRole.BADGE_SCAN, campaign.code(), original)
                    : () -> imported(importer.importFile(content, file, campaign, order, loaded)));
        }
        List<TableFileImporter.Result> results = ParallelWork.inOrder(imports, threads);
        sourceFiles.markPresent(FileRole.BADGE_SCAN, present);
        return results;
    }

    /** A file's rows have committed, the step's other files may not have: a point a kill test stops at. */
    private static TableFileImporter.Result imported(TableFileImporter.Result result) {
        PauseInsideStep.reached("importScans");
        return result;
    }
}
