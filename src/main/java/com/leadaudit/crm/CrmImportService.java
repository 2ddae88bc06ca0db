package com.leadaudit.crm;

import com.leadaudit.io.DateOrder;
import com.leadaudit.io.FileRole;
import com.leadaudit.io.InputFiles;
import com.leadaudit.io.LayoutMappings;
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
    private final LayoutMappings mappings;

    public CrmImportService(CrmImporter importer, SourceFiles sourceFiles, LayoutMappings mappings) {
        this.importer = importer;
        this.sourceFiles = sourceFiles;
        this.mappings = mappings;
    }

    public List<TableFileImporter.Result> importAll(Path inputDir, String crmCountry, DateOrder order) {
        LayoutMappings.Loaded loaded = mappings.load(inputDir);
        // Mapping files of every kind are listed with the CRM files, which every campaign's workbook shows.
        List<TableFileImporter.Result> results = new ArrayList<>(mappings.register(loaded));
        List<String> present = new ArrayList<>(results.stream().map(TableFileImporter.Result::path).toList());
        for (Path file : InputFiles.under(inputDir.resolve("crm"))) {
            String rel = InputFiles.relative(inputDir, file);
            present.add(rel);
            results.add(importer.importFile(file, rel, crmCountry, order, loaded));
        }
        sourceFiles.markPresent(FileRole.CRM, present);
        return results;
    }
}
