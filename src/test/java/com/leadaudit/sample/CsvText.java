package com.leadaudit.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Minimal CSV text builder. Written by hand rather than with FastCSV so that every byte (BOM, delimiter, line
 * ending, when a field is quoted) is chosen deliberately to mimic one particular exporting program.
 * Quotes a field only when it must (delimiter, quote, line break), which is what Excel and Data Loader do.
 */
final class CsvText {

    private final StringBuilder out = new StringBuilder();
    private final char delimiter;
    private final String lineEnd;
    private final boolean bom;

    CsvText(char delimiter, String lineEnd, boolean bom) {
        this.delimiter = delimiter;
        this.lineEnd = lineEnd;
        this.bom = bom;
    }

    /** Salesforce Data Loader with "write UTF-8": comma, LF, BOM (as in the real exports). */
    static CsvText dataLoader() {
        return new CsvText(',', "\n", true);
    }

    CsvText row(String... cells) {
        return row(List.of(cells));
    }

    CsvText row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(delimiter);
            }
            out.append(quote(cells.get(i)));
        }
        out.append(lineEnd);
        return this;
    }

    /** A line written verbatim (e.g. a footer); no quoting. */
    CsvText raw(String line) {
        out.append(line).append(lineEnd);
        return this;
    }

    private String quote(String cell) {
        String c = cell == null ? "" : cell;
        if (c.indexOf(delimiter) >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
            return '"' + c.replace("\"", "\"\"") + '"';
        }
        return c;
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        String text = (bom ? "\uFEFF" : "") + out;
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
