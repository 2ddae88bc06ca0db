package com.leadaudit.importing;

import com.leadaudit.io.CellLimits;
import com.leadaudit.io.DateOrder;
import com.leadaudit.io.DateOrderSniffer;
import com.leadaudit.io.MappedRow;
import com.leadaudit.io.ReadContext;
import com.leadaudit.io.SheetRow;
import com.leadaudit.io.Table;
import com.leadaudit.io.TableLayout;
import com.leadaudit.io.TableReader;
import com.leadaudit.io.TableSchema;
import com.leadaudit.io.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one input file as a unit (SPEC §4): unchanged content is skipped, changed content replaces what the path
 * gave before, and the file's rows, rejections and register entry commit together — so a crash mid-file leaves
 * nothing half-imported and the next run simply imports it again.
 */
@Component
public class TableFileImporter {

    /** Bump when parsing changes what an unchanged file imports as, so every file is read again once. */
    public static final String IMPORTER_VERSION = "3";

    public enum Outcome { IMPORTED, SKIPPED, REJECTED }

    public record Result(String path, Outcome outcome, String kind, int dataRows, int rejectedRows, String reason) {
    }

    /** Thrown by a sink factory or sink to reject the whole file with a reason a person understands. */
    public static final class FileRejected extends RuntimeException {
        public FileRejected(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Creates the sink for a located table; it may throw {@link FileRejected}. */
    public interface SinkFactory {
        RowSink create(long fileId, TableLayout layout, ReadContext context);
    }

    private static final Logger log = LoggerFactory.getLogger(TableFileImporter.class);
    private static final int PROGRESS_EVERY = 100_000;

    private final SourceFiles sourceFiles;
    private final TransactionTemplate tx;

    public TableFileImporter(SourceFiles sourceFiles, TransactionTemplate tx) {
        this.sourceFiles = sourceFiles;
        this.tx = tx;
    }

    public Result importFile(Path file, String relPath, FileRole role, String campaignCode, String settings,
                             List<TableSchema> schemas, DateOrder defaultOrder, SinkFactory sinks) {
        return importFile(file, relPath, role, campaignCode, settings, schemas, defaultOrder, sinks, null);
    }

    /** As above; {@code importedAt} (null: now) places the file among the others (see {@link SourceFiles.NewFile}). */
    public Result importFile(Path file, String relPath, FileRole role, String campaignCode, String settings,
                             List<TableSchema> schemas, DateOrder defaultOrder, SinkFactory sinks,
                             java.time.Instant importedAt) {
        return importFile(content(file, relPath), file, role, campaignCode, settings, schemas, defaultOrder, sinks,
                importedAt);
    }

    /** As above, with the file's content already looked at (to find twins among the files of one night). */
    public Result importFile(Content content, Path file, FileRole role, String campaignCode, String settings,
                             List<TableSchema> schemas, DateOrder defaultOrder, SinkFactory sinks,
                             java.time.Instant importedAt) {
        String relPath = content.path();
        String fingerprint = content.sha256() + "|v" + IMPORTER_VERSION + "|" + settings;
        Optional<SourceFiles.Known> known = content.known();
        if (known.isPresent() && known.get().fingerprint().equals(fingerprint)) {
            if (!content.quick()) {
                sourceFiles.noteModified(known.get().id(), content.modifiedMicros());
            }
            return new Result(relPath, Outcome.SKIPPED, null, 0, 0, null);
        }
        SourceFiles.NewFile entry = new SourceFiles.NewFile(relPath, role, campaignCode, null, null, content.sha256(),
                fingerprint, content.size(), content.modifiedMicros(), importedAt);
        try {
            Result result = tx.execute(status -> read(file, entry, schemas, defaultOrder, sinks));
            log.info("Imported {}: {} rows as {}, {} rejected", relPath, result.dataRows(), result.kind(),
                    result.rejectedRows());
            return result;
        } catch (RejectedFile rejected) {
            tx.executeWithoutResult(status -> {
                sourceFiles.forget(relPath);
                long id = sourceFiles.insert(entry, "REJECTED", rejected.getMessage());
                sourceFiles.finish(id, rejected.kind, "REJECTED", rejected.getMessage(), rejected.dataRows,
                        rejected.rejectedRows);
                if (rejected.problems != null) {
                    sourceFiles.saveProblems(id, rejected.problems);
                }
            });
            log.warn("Rejected {}: {}", relPath, rejected.getMessage());
            return new Result(relPath, Outcome.REJECTED, rejected.kind, rejected.dataRows, rejected.rejectedRows,
                    rejected.getMessage());
        }
    }

    /**
     * What is known of a file's content before it is read: its SHA-256 (from the record when size and modification
     * time are as recorded at its import, else hashed) and its record, if any.
     */
    public record Content(String path, long size, long modifiedMicros, String sha256, boolean quick,
                          Optional<SourceFiles.Known> known) {

        /** The file's own record holds this content and its rows count (it was imported, not skipped). */
        public boolean countedBefore() {
            return known.isPresent() && "IMPORTED".equals(known.get().status()) && known.get().sha256().equals(sha256);
        }
    }

    public Content content(Path file, String relPath) {
        // Size and time first: a file changed while it is read then has a later time than the one recorded.
        long size = size(file);
        long modified = modifiedMicros(file);
        Optional<SourceFiles.Known> known = sourceFiles.find(relPath);
        boolean quick = known.isPresent() && known.get().looksUnchanged(size, modified);
        String sha = quick ? known.get().sha256() : sha256(file);
        return new Content(relPath, size, modified, sha, quick, known);
    }

    /**
     * Registers a file whose content repeats {@code original}'s (SPEC §4): whatever its path gave before goes, and
     * it is listed as skipped, naming the file it duplicates. Unchanged from the night before, it is left alone.
     */
    public Result skipDuplicate(Content content, FileRole role, String campaignCode, String original) {
        String reason = "skipped: same content as " + original;
        Optional<SourceFiles.Known> known = content.known();
        boolean unchanged = known.isPresent() && "DUPLICATE".equals(known.get().status())
                && known.get().sha256().equals(content.sha256()) && reason.equals(known.get().reason());
        if (!unchanged) {
            tx.executeWithoutResult(status -> {
                sourceFiles.forget(content.path());
                sourceFiles.insert(new SourceFiles.NewFile(content.path(), role, campaignCode, null, null,
                        content.sha256(), content.sha256() + "|duplicate", content.size(), content.modifiedMicros(),
                        null), "DUPLICATE", reason);
            });
            log.info("Skipped {}: same content as {}", content.path(), original);
        }
        return new Result(content.path(), Outcome.SKIPPED, null, 0, 0, reason);
    }

    /** {@link #content} of each file, looked at on {@code threads} threads (hashing new files is most of it). */
    public List<Content> contents(List<Path> files, List<String> relPaths, int threads) {
        List<java.util.concurrent.Callable<Content>> looks = new java.util.ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String rel = relPaths.get(i);
            looks.add(() -> content(file, rel));
        }
        return ParallelWork.inOrder(looks, threads);
    }

    /** Of files read together, those whose content repeats another's, mapped to the twin that counts. */
    public static java.util.Map<String, String> duplicates(List<Content> contents) {
        return DuplicateContent.duplicates(contents.stream()
                .map(c -> new DuplicateContent.Candidate(c.path(), c.sha256(), c.countedBefore())).toList());
    }

    private Result read(Path file, SourceFiles.NewFile entry, List<TableSchema> schemas, DateOrder defaultOrder,
                        SinkFactory sinks) {
        sourceFiles.forget(entry.path());
        long fileId = sourceFiles.insert(entry, "IMPORTING", null);
        DateOrder order = DateOrderSniffer.sniff(file, schemas, defaultOrder);
        RowProblems problems = new RowProblems();
        int dataRows = 0;
        String kind = null;
        try (Table table = TableReader.open(file, schemas)) {
            TableLayout layout = table.layout();
            kind = layout.schema().kind();
            // an ambiguous or weak fit leads the reading, so the Run sheet shows it where the kind is checked
            String reading = layout.notes().stream().map(n -> "[" + n + "] ").collect(java.util.stream.Collectors.joining())
                    + layout.describeReading();
            sourceFiles.noteReading(fileId, reading, String.join(", ", layout.missingFields()));
            for (String note : layout.notes()) {
                problems.warn((Integer) null, note);
            }
            table.sheetNote().ifPresent(note -> problems.warn((Integer) null, note));
            ReadContext context = new ReadContext(entry.path(), table.format(), table.date1904(), order);
            RowSink sink = sinks.create(fileId, layout, context);
            Iterator<SheetRow> rows = table.dataRows();
            long started = System.nanoTime();
            while (rows.hasNext()) {
                SheetRow row = rows.next();
                dataRows++;
                if (dataRows % PROGRESS_EVERY == 0) {
                    log.info("  {}: {} rows read ({} rows/s)", entry.path(), dataRows,
                            dataRows * 1_000_000_000L / Math.max(1, System.nanoTime() - started));
                }
                MappedRow mapped = new MappedRow(row, layout);
                warnIfCut(mapped, row, layout, problems);
                if (row.problem() != null) {
                    problems.reject(mapped, row.problem()); // the reader could not read it whole: its row, not its file
                    continue;
                }
                sink.accept(mapped, problems);
            }
            sink.finish(problems);
            // What the file lacked and what was assumed: one log line each, as on the Data Quality sheet (§4).
            problems.warnings().stream().filter(w -> w.rowNumber() <= 0)
                    .forEach(w -> log.warn("{}: {}", entry.path(), w.message()));
        } catch (UnreadableFileException e) {
            throw new RejectedFile(e.getMessage(), kind, dataRows, 0, null);
        } catch (RejectedFile e) {
            throw e;
        } catch (UnreadableFileException.Runtime | FileRejected e) {
            throw new RejectedFile(e.getMessage(), kind, dataRows, 0, null);
        }
        int rejected = problems.rejectedCount();
        if (dataRows == 0) {
            // An incremental export ("new leads since last export", an empty nightly report) is normal: say so, but
            // do not reject it, or every quiet night would end with exit 3.
            problems.warn((Integer) null, "the file has a header row but no data rows: nothing to import from it");
        }
        if (rejected * 2 > dataRows) {
            String first = problems.rejected().isEmpty() ? "" : " (first: row " + problems.rejected().get(0).rowNumber()
                    + ", " + problems.rejected().get(0).message() + ")";
            throw new RejectedFile("most rows are unusable: " + rejected + " of " + dataRows + " data rows rejected"
                    + first, kind, dataRows, rejected, problems);
        }
        sourceFiles.finish(fileId, kind, "IMPORTED", null, dataRows, rejected);
        sourceFiles.saveProblems(fileId, problems);
        return new Result(entry.path(), Outcome.IMPORTED, kind, dataRows, rejected, null);
    }

    /**
     * A cell at Excel's 32,767-character limit was cut to it by the reader (no spreadsheet holds more): the rest of
     * its text is lost, and the row says so (SPEC §4: lengths capped with a warning).
     */
    private static void warnIfCut(MappedRow mapped, SheetRow row, TableLayout layout, RowProblems problems) {
        for (String warning : CellLimits.cutCells(row, layout)) {
            problems.warn(mapped, warning);
        }
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long modifiedMicros(Path file) {
        try {
            return Files.getLastModifiedTime(file).to(java.util.concurrent.TimeUnit.MICROSECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Rolls the file's transaction back; the file is then registered as rejected in a transaction of its own. */
    private static final class RejectedFile extends RuntimeException {
        final String kind;
        final int dataRows;
        final int rejectedRows;
        final RowProblems problems;

        RejectedFile(String message, String kind, int dataRows, int rejectedRows, RowProblems problems) {
            super(message, null, false, false);
            this.kind = kind;
            this.dataRows = dataRows;
            this.rejectedRows = rejectedRows;
            this.problems = problems;
        }
    }
}
