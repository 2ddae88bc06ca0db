package com.leadaudit.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Assembles a workbook from a freshly written one and sheets of an earlier workbook, entry by entry, copying the
 * compressed bytes as they are (nothing is inflated or deflated again). Used when a campaign's Leads and Action List,
 * or its Data Quality sheet, would come out byte for byte as in an earlier workbook: the same leads, or the same files,
 * warnings and merged scans, written by the same code.
 *
 * <p>The sheets only fit when both workbooks agree on what the sheets refer to: the styles their cells name by
 * number, and the workbook part (sheet order, the auto-filter and print-title names over those sheets). Both are
 * compared first; if either differs, {@link Mismatch} is thrown before anything is written, and the caller writes
 * the workbook in full instead.
 */
final class SheetTransplant {

    /**
     * The parts the transplanted sheets depend on, which must be equal in both workbooks; of the workbook part, only
     * the names defined on the sheets taken from that workbook count ({@link #namesOtherThan}).
     */
    private static final String WORKBOOK = "xl/workbook.xml";
    private static final String STYLES = "xl/styles.xml";
    private static final List<String> MUST_MATCH = List.of(WORKBOOK, STYLES, "xl/_rels/workbook.xml.rels");

    /** A sheet's name defined on one sheet, such as its auto-filter range or print titles: its sheet index is group 1. */
    private static final Pattern SHEET_NAME = Pattern.compile(
            "<definedName\\b[^>]*\\blocalSheetId=\"(\\d+)\"[^>]*>.*?</definedName>", Pattern.DOTALL);

    /** A sheet part (e.g. xl/worksheets/sheet6.xml) to take from an earlier workbook, and its index in the workbook. */
    record Copied(Path from, int sheetIndex) {
    }

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
     * taken from the earlier workbook each is mapped to, and the entries named in {@code blocks} put together with
     * their lead rows ({@link LeadBlockWriter#writeEntry}). Rows taken from an earlier workbook's blocks name its
     * styles by number, so that workbook's styles must be this one's.
     *
     * @throws Mismatch when an earlier workbook lacks its sheet or does not agree on styles and names, or when the
     *                  workbook lead blocks were taken from has other styles
     */
    static void assemble(Path fresh, Map<String, Copied> sheets, Map<String, LeadBlockWriter> blocks,
                         OutputStream out) throws IOException {
        assemble(fresh, sheets, blocks, new SheetDrawings(), out);
    }

    /** As {@link #assemble(Path, Map, Map, OutputStream)}, with the sheets' charts put in ({@link SheetDrawings}). */
    static void assemble(Path fresh, Map<String, Copied> sheets, Map<String, LeadBlockWriter> blocks,
                         SheetDrawings drawings, OutputStream out) throws IOException {
        Map<Path, ZipFile> earlier = new LinkedHashMap<>();
        try (ZipFile now = ZipFile.builder().setPath(fresh).get()) {
            for (LeadBlockWriter writer : blocks.values()) {
                if (writer.takenFrom() != null && !Arrays.equals(content(now, STYLES), stylesOf(writer.takenFrom()))) {
                    throw new Mismatch(STYLES + " differs from " + writer.takenFrom().getFileName() + "'s");
                }
            }
            for (Copied copied : sheets.values()) {
                if (!earlier.containsKey(copied.from())) {
                    earlier.put(copied.from(), ZipFile.builder().setPath(copied.from()).get());
                }
            }
            for (Map.Entry<Path, ZipFile> before : earlier.entrySet()) {
                Set<Integer> taken = new HashSet<>();
                sheets.values().stream().filter(c -> c.from().equals(before.getKey()))
                        .forEach(c -> taken.add(c.sheetIndex()));
                for (String part : MUST_MATCH) {
                    if (!Arrays.equals(comparable(now, part, taken), comparable(before.getValue(), part, taken))) {
                        throw new Mismatch(part + " differs from " + before.getKey().getFileName() + "'s");
                    }
                }
            }
            for (Map.Entry<String, Copied> sheet : sheets.entrySet()) {
                if (earlier.get(sheet.getValue().from()).getEntry(sheet.getKey()) == null
                        || now.getEntry(sheet.getKey()) == null) {
                    throw new Mismatch(sheet.getKey() + " is missing in one of the workbooks");
                }
            }
            // Not closed here: closing would close the caller's stream, which AtomicFileWriter still syncs.
            ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
            Set<String> names = new HashSet<>();
            long time = 0;
            for (ZipArchiveEntry entry : Collections.list(now.getEntries())) {
                names.add(entry.getName());
                time = entry.getTime();
                if (drawings.rewrites(entry.getName())) {
                    SheetDrawings.put(zip, entry.getName(), drawings.rewrite(entry.getName(),
                            content(now, entry.getName())), entry.getTime());
                    continue;
                }
                LeadBlockWriter rows = blocks.get(entry.getName());
                if (rows != null) {
                    rows.writeEntry(entry.getName(), entry.getTime(), content(now, entry.getName()), zip);
                    continue;
                }
                Copied copied = sheets.get(entry.getName());
                ZipFile from = copied == null ? now : earlier.get(copied.from());
                ZipArchiveEntry source = from.getEntry(entry.getName());
                try (InputStream raw = from.getRawInputStream(source)) {
                    zip.addRawArchiveEntry(source, raw);
                }
            }
            drawings.writeParts(zip, names, time);
            zip.finish();
            zip.flush();
        } finally {
            for (ZipFile file : earlier.values()) {
                file.close();
            }
        }
    }

    /**
     * A part as compared: the workbook part without the names defined on sheets not taken from the earlier
     * workbook. Those sheets are written anew, so their filter ranges may differ (the Action List of a night whose
     * leads changed) without touching the sheets copied.
     */
    private static byte[] comparable(ZipFile zip, String part, Set<Integer> taken) throws IOException {
        byte[] bytes = content(zip, part);
        if (bytes == null || !part.equals(WORKBOOK)) {
            return bytes;
        }
        return namesOtherThan(new String(bytes, StandardCharsets.UTF_8), taken).getBytes(StandardCharsets.UTF_8);
    }

    /** {@code workbookXml} without the names defined on sheets whose index is not in {@code kept}. */
    static String namesOtherThan(String workbookXml, Set<Integer> kept) {
        Matcher m = SHEET_NAME.matcher(workbookXml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, kept.contains(Integer.parseInt(m.group(1))) ? "$0" : "");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The styles of a workbook lead blocks were taken from; one that can no longer be read does not fit. */
    private static byte[] stylesOf(Path workbook) {
        try (ZipFile from = ZipFile.builder().setPath(workbook).get()) {
            return content(from, STYLES);
        } catch (IOException e) {
            throw new Mismatch("cannot read " + workbook.getFileName() + ": " + e.getMessage());
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
