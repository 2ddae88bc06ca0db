package com.leadaudit.crm;

import com.leadaudit.importing.FileRole;
import com.leadaudit.importing.InputFiles;
import com.leadaudit.importing.LayoutMappings;
import com.leadaudit.importing.ParallelWork;
import com.leadaudit.importing.SourceFiles;
import com.leadaudit.importing.TableFileImporter;
import com.leadaudit.io.DateOrder;
import com.leadaudit.io.PauseInsideStep;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Imports every CRM export under input/crm/ (SPEC §3). */
@Service
public class CrmImportService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CrmImportService.class);

    private final CrmImporter importer;
    private final TableFileImporter files;
    private final SourceFiles sourceFiles;
    private final LayoutMappings mappings;
    /** Files imported at once (leadaudit.import.threads, default 2); each is its own transaction. */
    private final int threads;

    public CrmImportService(CrmImporter importer, TableFileImporter files, SourceFiles sourceFiles,
                            LayoutMappings mappings, @Value("${leadaudit.import.threads:2}") int threads) {
        this.importer = importer;
        this.files = files;
        this.sourceFiles = sourceFiles;
        this.mappings = mappings;
        this.threads = threads;
    }

    /**
     * One CRM id can come in several files (overlapping nightly exports, or a mapping file's layout beside a built-in
     * one), and the most recently imported file's row wins. Files are imported in parallel, so each is given its
     * import time up front, in listing order, one microsecond apart: the winner is then the one a one-at-a-time
     * import would pick, whichever thread finishes first. A file repeating another's content is skipped (SPEC §4).
     */
    public List<TableFileImporter.Result> importAll(Path inputDir, String crmCountry, DateOrder order) {
        LayoutMappings.Loaded loaded = mappings.load(inputDir);
        // Mapping files of every kind are listed with the CRM files, which every campaign's workbook shows.
        List<TableFileImporter.Result> results = new ArrayList<>(mappings.register(loaded));
        List<String> present = new ArrayList<>(results.stream().map(TableFileImporter.Result::path).toList());
        List<Path> paths = InputFiles.under(inputDir.resolve("crm"));
        for (Path other : InputFiles.notRead(inputDir.resolve("crm"))) {
            log.warn("{} is not read: only .xlsx, .xls, .csv, .txt and .tsv files are exports",
                    InputFiles.relative(inputDir, other));
        }
        List<String> rels = paths.stream().map(file -> InputFiles.relative(inputDir, file)).toList();
        present.addAll(rels);
        List<TableFileImporter.Content> contents = files.contents(paths, rels, threads);
        Map<String, String> duplicates = TableFileImporter.duplicates(contents);
        Instant start = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<Callable<TableFileImporter.Result>> imports = new ArrayList<>();
        for (int i = 0; i < contents.size(); i++) {
            TableFileImporter.Content content = contents.get(i);
            Path file = paths.get(i);
            Instant importedAt = start.plus(imports.size(), ChronoUnit.MICROS);
            String original = duplicates.get(content.path());
            imports.add(original != null
                    ? () -> files.skipDuplicate(content, FileRole.CRM, null, original)
                    : () -> imported(importer.importFile(content, file, crmCountry, order, loaded, importedAt)));
        }
        results.addAll(ParallelWork.inOrder(imports, threads));
        sourceFiles.markPresent(FileRole.CRM, present);
        return results;
    }

    /** A file's rows have committed, the step's other files may not have: a point a kill test stops at. */
    private static TableFileImporter.Result imported(TableFileImporter.Result result) {
        PauseInsideStep.reached("importCrm");
        return result;
    }
}
