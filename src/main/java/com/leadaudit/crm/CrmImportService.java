package com.leadaudit.crm;

import com.leadaudit.io.DateOrder;
import com.leadaudit.io.FileRole;
import com.leadaudit.io.InputFiles;
import com.leadaudit.io.SourceFiles;
import com.leadaudit.io.TableFileImporter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/** Imports every CRM export under input/crm/ (SPEC §3). */
@Service
public class CrmImportService {

    private final CrmImporter importer;
    private final SourceFiles sourceFiles;

    public CrmImportService(CrmImporter importer, SourceFiles sourceFiles) {
        this.importer = importer;
        this.sourceFiles = sourceFiles;
    }

    public List<TableFileImporter.Result> importAll(Path inputDir, String crmCountry, DateOrder order) {
        List<TableFileImporter.Result> results = new ArrayList<>();
        List<String> present = new ArrayList<>();
        for (Path file : InputFiles.under(inputDir.resolve("crm"))) {
            String rel = InputFiles.relative(inputDir, file);
            present.add(rel);
            results.add(importer.importFile(file, rel, crmCountry, order));
        }
        sourceFiles.markPresent(FileRole.CRM, present);
        return results;
    }
}
