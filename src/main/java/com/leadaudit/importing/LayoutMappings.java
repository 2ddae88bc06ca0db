package com.leadaudit.importing;

import com.leadaudit.io.LayoutMapping;
import com.leadaudit.io.LayoutMappingReader;
import com.leadaudit.io.MappingKind;
import com.leadaudit.io.MappingKinds;
import com.leadaudit.io.SafeText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The mapping files of an input folder ({@code input/mappings/*.properties} or {@code *.mapping}), read afresh by
 * each import step: they are small, and reading them where they are used keeps every step restartable on its own.
 */
@Component
public class LayoutMappings {

    public static final String FOLDER = "mappings";
    static final String KIND = "mapping";

    /** A mapping file as found on disk, usable or not. */
    public record Seen(String sha256, long sizeBytes) {
    }

    /** The usable mappings, and the reason each unusable one was set aside (by path). */
    public record Loaded(List<LayoutMapping> usable, Map<String, String> broken, Map<String, Seen> files) {

        public static final Loaded NONE = new Loaded(List.of(), Map.of(), Map.of());

        public List<LayoutMapping> ofKinds(Collection<String> kinds) {
            return usable.stream().filter(m -> kinds.contains(m.kind())).toList();
        }

        /** The mapping a located table's schema came from, if it came from one. */
        public Optional<LayoutMapping> byLabel(String schemaKind) {
            return usable.stream().filter(m -> m.label().equals(schemaKind)).findFirst();
        }

        /**
         * Part of each imported file's fingerprint: editing a mapping changes what files import as, so every file
         * of those kinds is read again on the next run.
         */
        public String fingerprint(Collection<String> kinds) {
            return ofKinds(kinds).stream().map(m -> m.path() + "@" + m.sha256()).sorted()
                    .reduce((a, b) -> a + "," + b).orElse("none");
        }
    }

    private static final Logger log = LoggerFactory.getLogger(LayoutMappings.class);

    private final Map<String, MappingKind> kinds = new LinkedHashMap<>();
    private final SourceFiles sourceFiles;

    public LayoutMappings(List<MappingKinds> declared, SourceFiles sourceFiles) {
        declared.forEach(d -> d.mappingKinds().forEach(k -> kinds.put(k.name(), k)));
        this.sourceFiles = sourceFiles;
    }

    public Loaded load(Path inputDir) {
        List<LayoutMapping> usable = new ArrayList<>();
        Map<String, String> broken = new LinkedHashMap<>();
        Map<String, Seen> seen = new LinkedHashMap<>();
        for (Path file : files(inputDir.resolve(FOLDER))) {
            String path = InputFiles.relative(inputDir, file);
            String sha = TableFileImporter.sha256(file);
            seen.put(path, new Seen(sha, size(file)));
            try {
                usable.add(LayoutMappingReader.read(file, path, sha, kinds));
            } catch (LayoutMappingReader.Invalid e) {
                // The reason quotes the file's own text and becomes part of a stored fingerprint: made safe here.
                broken.put(path, SafeText.clean("the mapping file cannot be used: " + e.getMessage()));
            } catch (IOException e) {
                broken.put(path, "the mapping file cannot be read from disk: " + e.getMessage());
            }
        }
        return new Loaded(usable, broken, seen);
    }

    /**
     * Lists the mapping files among the CRM files of the register, so a broken one is named on every campaign's
     * Data Quality sheet and counts as a rejected file (exit code 3), and a good one on the Run sheet with its
     * SHA-256. Returns one result per mapping file, for the step's counts and the caller's list of present files.
     */
    public List<TableFileImporter.Result> register(Loaded loaded) {
        List<TableFileImporter.Result> results = new ArrayList<>();
        loaded.files().forEach((path, file) -> {
            String reason = loaded.broken().get(path);
            String kind = reason != null ? KIND : loaded.usable().stream().filter(m -> m.path().equals(path))
                    .map(m -> m.kind() + " " + KIND).findFirst().orElse(KIND);
            String fingerprint = file.sha256() + "|" + KIND + "|" + (reason == null ? "ok" : reason);
            Optional<SourceFiles.Known> known = sourceFiles.find(path);
            if (known.isPresent() && known.get().fingerprint().equals(fingerprint)) {
                results.add(new TableFileImporter.Result(path, TableFileImporter.Outcome.SKIPPED, kind, 0, 0, null));
                return;
            }
            String status = reason == null ? "IMPORTED" : "REJECTED";
            sourceFiles.forget(path);
            long id = sourceFiles.insert(new SourceFiles.NewFile(path, FileRole.CRM, null, kind, "text",
                    file.sha256(), fingerprint, file.sizeBytes(), null, null), status, reason);
            sourceFiles.finish(id, kind, status, reason, 0, 0);
            if (reason != null) {
                log.warn("Rejected {}: {}", path, reason);
            }
            results.add(new TableFileImporter.Result(path, reason == null ? TableFileImporter.Outcome.IMPORTED
                    : TableFileImporter.Outcome.REJECTED, kind, 0, 0, reason));
        });
        return results;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(LayoutMappings::isMappingFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean isMappingFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".properties") || name.endsWith(".mapping"));
    }
}
