package com.leadaudit.scan;

import com.leadaudit.campaign.Campaign;
import com.leadaudit.campaign.CampaignRegister;
import com.leadaudit.io.DateOrder;
import com.leadaudit.io.FileRole;
import com.leadaudit.io.ParallelWork;
import com.leadaudit.io.InputFiles;
import com.leadaudit.io.LayoutMappings;
import com.leadaudit.io.SourceFiles;
import com.leadaudit.io.TableFileImporter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Imports every badge-scan export under input/badge-scans/&lt;code&gt;/ (SPEC §3). */
@Service
public class ScanImportService {

    private final BadgeScanImporter importer;
    private final SourceFiles sourceFiles;
    private final LayoutMappings mappings;
    /** Files imported at once (leadaudit.import.threads, default 2); each is its own transaction. */
    private final int threads;

    public ScanImportService(BadgeScanImporter importer, SourceFiles sourceFiles, LayoutMappings mappings,
                             @Value("${leadaudit.import.threads:2}") int threads) {
        this.importer = importer;
        this.sourceFiles = sourceFiles;
        this.mappings = mappings;
        this.threads = threads;
    }

    /**
     * Badge-scan files are independent (every scan of every file counts; ties between scans are broken by file path
     * and row, never by import order), so they are imported in parallel.
     */
    public List<TableFileImporter.Result> importAll(Path inputDir, List<Campaign> campaigns, DateOrder order) {
        List<Callable<TableFileImporter.Result>> imports = new ArrayList<>();
        List<String> present = new ArrayList<>();
        LayoutMappings.Loaded loaded = mappings.load(inputDir);
        for (Campaign campaign : campaigns) {
            if (!CampaignRegister.isScanFolderName(campaign.code())) {
                continue; // its register row carries the warning; never resolve such a code against the input folder
            }
            for (Path file : InputFiles.under(inputDir.resolve("badge-scans").resolve(campaign.code()))) {
                String rel = InputFiles.relative(inputDir, file);
                present.add(rel);
                imports.add(() -> importer.importFile(file, rel, campaign, order, loaded));
            }
        }
        List<TableFileImporter.Result> results = ParallelWork.inOrder(imports, threads);
        sourceFiles.markPresent(FileRole.BADGE_SCAN, present);
        return results;
    }
}
