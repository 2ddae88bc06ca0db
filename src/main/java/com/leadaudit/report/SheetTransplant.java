package com.leadaudit.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Assembles a workbook from a freshly written one and sheets of an earlier workbook, entry by entry, copying the
 * compressed bytes as they are (nothing is inflated or deflated again). Used when a campaign's Leads and Action List
 * would come out byte for byte as in its previous workbook: the same leads, written by the same code.
 *
 * <p>The sheets only fit when both workbooks agree on what the sheets refer to: the styles their cells name by
 * number, and the workbook part (sheet order, the auto-filter and print-title names over those sheets). Both are
 * compared first; if either differs, {@link Mismatch} is thrown before anything is written, and the caller writes
 * the workbook in full instead.
 */
final class SheetTransplant {

    /** The parts the transplanted sheets depend on, which must be equal in both workbooks. */
    private static final List<String> MUST_MATCH = List.of("xl/workbook.xml", "xl/styles.xml",
            "xl/_rels/workbook.xml.rels");

    /** Unchecked, so it passes through the writing callbacks and the read transaction unchanged. */
    static final class Mismatch extends RuntimeException {
        Mismatch(String message) {
            super(message);
        }
    }

    private SheetTransplant() {
    }

    /**
     * Writes {@code fresh} to {@code out} with the entries named in {@code sheets} (e.g. xl/worksheets/sheet2.xml)
     * taken from {@code earlier}.
     *
     * @throws Mismatch when the earlier workbook lacks one of the sheets or does not agree on styles and names
     */
    static void assemble(Path fresh, Path earlier, Set<String> sheets, OutputStream out) throws IOException {
        try (ZipFile now = ZipFile.builder().setPath(fresh).get();
             ZipFile before = ZipFile.builder().setPath(earlier).get()) {
            for (String part : MUST_MATCH) {
                if (!Arrays.equals(content(now, part), content(before, part))) {
                    throw new Mismatch(part + " differs from " + earlier.getFileName() + "'s");
                }
            }
            for (String sheet : sheets) {
                if (before.getEntry(sheet) == null || now.getEntry(sheet) == null) {
                    throw new Mismatch(sheet + " is missing in one of the workbooks");
                }
            }
            // Not closed here: closing would close the caller's stream, which AtomicFileWriter still syncs.
            ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
            for (ZipArchiveEntry entry : Collections.list(now.getEntries())) {
                ZipFile from = sheets.contains(entry.getName()) ? before : now;
                ZipArchiveEntry source = from.getEntry(entry.getName());
                try (InputStream raw = from.getRawInputStream(source)) {
                    zip.addRawArchiveEntry(source, raw);
                }
            }
            zip.finish();
            zip.flush();
        }
    }

    private static byte[] content(ZipFile zip, String part) throws IOException {
        ZipArchiveEntry entry = zip.getEntry(part);
        if (entry == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }
}
