package com.leadaudit.crm;

import com.leadaudit.io.DateOrder;
import com.leadaudit.io.FileRole;
import com.leadaudit.io.ImportPool;
import com.leadaudit.io.InputFiles;
import com.leadaudit.io.SourceFiles;
import com.leadaudit.io.Table;
import com.leadaudit.io.TableFileImporter;
import com.leadaudit.io.TableReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Imports every CRM export under input/crm/ (SPEC §3).
 *
 * <p>Files of different kinds (Contact, Task, HubSpot calls, …) are imported in parallel; files of one kind one after
 * another, in path order. Only files of one kind can carry the same CRM id, and among those the most recently
 * imported file wins (see {@link CrmRepository}), so that order — and with it the result — is the same as a
 * one-file-at-a-time import, however the threads are scheduled, and after a restart.
 */
@Service
public class CrmImportService {

    private final CrmImporter importer;
    private final SourceFiles sourceFiles;
    /** Kinds imported at once (leadaudit.import.threads, default 2); each file is its own transaction. */
    private final int threads;

    public CrmImportService(CrmImporter importer, SourceFiles sourceFiles,
                            @Value("${leadaudit.import.threads:2}") int threads) {
        this.importer = importer;
        this.sourceFiles = sourceFiles;
        this.threads = threads;
    }

    public List<TableFileImporter.Result> importAll(Path inputDir, String crmCountry, DateOrder order) {
        List<Path> files = InputFiles.under(inputDir.resolve("crm"));
        List<String> present = new ArrayList<>();
        Map<String, List<Integer>> byKind = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            present.add(InputFiles.relative(inputDir, files.get(i)));
            byKind.computeIfAbsent(kindOf(files.get(i)), k -> new ArrayList<>()).add(i);
        }
        // Largest kinds first, so the pool does not end with one long kind running alone.
        List<List<Integer>> groups = new ArrayList<>(byKind.values());
        groups.sort(Comparator.comparingLong((List<Integer> g) -> g.stream().mapToLong(i -> size(files.get(i))).sum())
                .reversed());
        List<Callable<List<TableFileImporter.Result>>> tasks = new ArrayList<>();
        for (List<Integer> group : groups) {
            tasks.add(() -> {
                List<TableFileImporter.Result> results = new ArrayList<>();
                for (int i : group) {
                    results.add(importer.importFile(files.get(i), present.get(i), crmCountry, order));
                }
                return results;
            });
        }
        List<List<TableFileImporter.Result>> done = ImportPool.inOrder(tasks, threads);
        TableFileImporter.Result[] inPathOrder = new TableFileImporter.Result[files.size()];
        for (int g = 0; g < groups.size(); g++) {
            for (int k = 0; k < groups.get(g).size(); k++) {
                inPathOrder[groups.get(g).get(k)] = done.get(g).get(k);
            }
        }
        sourceFiles.markPresent(FileRole.CRM, present);
        return List.of(inPathOrder);
    }

    /** The export's kind from its header row; a file that cannot be read is a group of its own (and is rejected). */
    private static String kindOf(Path file) {
        try (Table table = TableReader.open(file, CrmSchemas.ALL)) {
            return table.layout().schema().kind();
        } catch (Exception e) {
            return "unreadable:" + file;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
