package com.leadaudit.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;

/**
 * Streams a CSV as text cells. Row numbers are those Excel shows: a record is one row even when quoted notes span
 * several lines, a blank line is a row, and a {@code sep=} line counts as line one.
 */
final class CsvCursor extends PrefetchingCursor {

    private static final int SAMPLE_CHARS = 64 * 1024;
    /**
     * Far above any real field (Salesforce long text stops at 131,072). A longer field is cut by
     * {@link FieldCapReader} as it streams past, and its row rejected.
     */
    private static final int MAX_FIELD_CHARS = CellLimits.MAX_READ_CHARS;
    private static final int MAX_RECORD_CHARS = 16_000_000;

    private final CsvReader<CsvRecord> csv;
    private final Iterator<CsvRecord> records;
    private final QuoteParityReader quotes;
    private int lastRow;
    /** Line breaks inside the quoted cells of the records before the last one read (its own are counted later). */
    private long linesInsideCells;
    private List<String> lastFields = List.of();
    /** The physical line the last record started on; 0 before the first. */
    private long lastStart;

    private CsvCursor(CsvReader<CsvRecord> csv, QuoteParityReader quotes) {
        this.csv = csv;
        this.records = csv.iterator();
        this.quotes = quotes;
    }

    static RowCursor open(Path file) throws UnreadableFileException {
        try {
            CsvEncoding encoding = CsvEncoding.detect(file);
            CsvDialect dialect = sniff(file, encoding);
            QuoteParityReader quotes = new QuoteParityReader(encoding.openReader(file), '"');
            Reader capped = new FieldCapReader(quotes, dialect.delimiter(), '"', MAX_FIELD_CHARS);
            CsvReader<CsvRecord> csv = CsvReader.builder()
                    .fieldSeparator(dialect.delimiter())
                    .quoteCharacter('"')
                    .commentStrategy(CommentStrategy.NONE)
                    .skipEmptyLines(true)
                    .allowExtraFields(true)
                    .allowMissingFields(true)
                    .allowExtraCharsAfterClosingQuote(true)
                    .build(CsvRecordHandler.of(limits -> limits
                                    .maxFields(CellLimits.MAX_COLUMNS)
                                    .maxFieldSize(MAX_FIELD_CHARS + 1) // + FieldCapReader.CUT
                                    .maxRecordSize(MAX_RECORD_CHARS)),
                            capped);
            if (dialect.sepLine()) {
                csv.skipLines(1);
            }
            return new CsvCursor(csv, quotes);
        } catch (IOException | UncheckedIOException e) {
            throw new UnreadableFileException("the file cannot be read from disk", e);
        }
    }

    private static CsvDialect sniff(Path file, CsvEncoding encoding) throws IOException {
        try (Reader reader = encoding.openReader(file)) {
            char[] sample = new char[SAMPLE_CHARS];
            int length = 0;
            int read;
            while (length < sample.length && (read = reader.read(sample, length, sample.length - length)) > 0) {
                length += read;
            }
            return CsvDialect.sniff(new String(sample, 0, length), length < sample.length);
        }
    }

    @Override
    public boolean date1904() {
        return false;
    }

    @Override
    protected SheetRow fetch() {
        try {
            if (!records.hasNext()) {
                if (quotes.odd() && spansLines(lastFields)) {
                    throw new UnreadableFileException.Runtime("the CSV file is malformed: a quotation mark in row "
                            + lastRow + " is never closed, so every line after it ran together into one cell");
                }
                return null;
            }
            CsvRecord record = records.next();
            long start = record.getStartingLineNumber();
            boolean first = lastRow == 0;
            // The parser counts physical lines; a spreadsheet shows a quoted cell over several lines as one row
            // (SPEC §9), so the line breaks inside earlier records are taken off. Blank lines stay rows, as in Excel.
            // A record that started on the line after the one before it held no line break: only a larger step
            // (line breaks in its cells, or blank lines after it) makes its fields worth searching. Searching every
            // field of every record was 5% of the import threads' samples at issue #17's shape.
            if (!first && start - lastStart > 1) {
                linesInsideCells += lineBreaks(lastFields);
            }
            lastStart = start;
            lastFields = record.getFields();
            lastRow = (int) Math.min(Integer.MAX_VALUE, start - linesInsideCells);
            int count = record.getFieldCount();
            CellValue[] cells = new CellValue[count];
            String problem = null;
            // by index: the record's field list is an unmodifiable view, and iterators over it (here and in
            // lineBreaks) were 4% of the import threads' samples (issue #17)
            for (int i = 0; i < count; i++) {
                String field = record.getField(i);
                String text = first && i == 0 ? withoutLeadingBom(field) : field;
                if (problem == null && text.indexOf(FieldCapReader.CUT) >= 0) {
                    problem = CellLimits.oversizedCell(i);
                }
                cells[i] = CellValue.text(CellLimits.cap(text));
            }
            // List.of of the array copies it once, where List.copyOf of a list copied the cells twice (2% of the
            // import threads' samples at issue #17's shape); still the immutable list every reader's rows are, so
            // calls on a row's cells see one list class
            return new SheetRow(lastRow, List.of(cells), problem);
        } catch (CsvParseException e) {
            throw new UnreadableFileException.Runtime("the CSV file is malformed " + where()
                    + ": a row has more than 16,384 columns or a field over a million characters long "
                    + "(perhaps a quotation mark is never closed)", e);
        } catch (UncheckedIOException e) {
            throw new UnreadableFileException.Runtime("the file could not be read to the end " + where(), e);
        }
    }

    /** Line breaks as the parser counts lines: CR LF is one, a lone CR or LF is one. */
    private static long lineBreaks(List<String> fields) {
        long breaks = 0;
        for (int f = 0, n = fields.size(); f < n; f++) {
            String field = fields.get(f);
            if (field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
                continue;  // nearly every field: two vectorised searches instead of a loop over its characters
            }
            for (int i = 0; i < field.length(); i++) {
                char c = field.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == field.length() || field.charAt(i + 1) != '\n'))) {
                    breaks++;
                }
            }
        }
        return breaks;
    }

    /** A quote left open swallows the following lines: the last record then holds a line break. */
    private static boolean spansLines(List<String> fields) {
        for (String field : fields) {
            if (field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
                return true;
            }
        }
        return false;
    }

    private String where() {
        return lastRow == 0 ? "at its start" : "after row " + lastRow;
    }

    /**
     * A BOM can survive inside the text when a file was saved twice or re-encoded; glued to the first header it
     * would stop that column from ever matching.
     */
    private static String withoutLeadingBom(String field) {
        String text = field;
        while (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.startsWith("\u00EF\u00BB\u00BF") ? text.substring(3) : text;
    }

    @Override
    protected void release() {
        try {
            csv.close();
        } catch (IOException ignored) {
            // read-only
        }
    }
}
