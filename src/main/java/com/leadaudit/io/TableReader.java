package com.leadaudit.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Opens a file of any supported format and positions it just below its header row. */
public final class TableReader {

    private static final int EXAMPLES_PER_SCHEMA = 3;
    private static final int MAX_EXAMPLES = 6;

    private TableReader() {
    }

    /**
     * Tries the file's sheets in reading order (SPEC §4: visible sheets in workbook order, then hidden ones; cover
     * pages and chart sheets are passed over) and keeps the first whose first {@value HeaderLocator#FIRST_ROWS} rows
     * hold a header row. Only that sheet is read further; of the others, at most those first rows are read.
     *
     * @throws UnreadableFileException when the file cannot be opened or no schema's header row appears among the
     *                                 first {@value HeaderLocator#FIRST_ROWS} rows of any of its sheets
     */
    public static Table open(Path file, List<TableSchema> schemas) throws UnreadableFileException {
        SpreadsheetFormat format = SpreadsheetFormat.detect(file);
        RowCursor cursor = SpreadsheetReader.open(file, format);
        try {
            int sheets = cursor.sheetCount();
            int passedOver = 0;
            boolean anyRows = false;
            do {
                List<SheetRow> firstRows = firstRows(cursor);
                if (!firstRows.isEmpty()) {
                    anyRows = true;
                    Optional<TableLayout> found = HeaderLocator.locate(firstRows, schemas);
                    if (found.isPresent()) {
                        TableLayout layout = found.get();
                        List<SheetRow> afterHeader = firstRows.subList(layout.headerIndex() + 1, firstRows.size());
                        return new Table(format, cursor, layout, afterHeader, passedOver);
                    }
                }
                passedOver++;
            } while (cursor.nextSheet());
            throw new UnreadableFileException(anyRows ? noHeader(schemas, sheets) : noRows(sheets));
        } catch (UnreadableFileException | RuntimeException e) {
            cursor.close();
            if (e instanceof UnreadableFileException.Runtime damagedEarly) {
                throw damagedEarly.toChecked();
            }
            throw e;
        }
    }

    private static List<SheetRow> firstRows(RowCursor cursor) {
        List<SheetRow> firstRows = new ArrayList<>(HeaderLocator.FIRST_ROWS);
        while (firstRows.size() < HeaderLocator.FIRST_ROWS && cursor.hasNext()) {
            firstRows.add(cursor.next());
        }
        return firstRows;
    }

    private static String noRows(int sheets) {
        return sheets <= 1 ? "the file holds no rows: its first sheet is empty"
                : "the file holds no rows: its " + sheets + " sheets are empty";
    }

    private static String noHeader(List<TableSchema> schemas, int sheets) {
        Set<String> examples = new LinkedHashSet<>();
        for (TableSchema schema : schemas) {
            for (String example : schema.exampleHeaders(EXAMPLES_PER_SCHEMA)) {
                if (examples.size() < MAX_EXAMPLES) {
                    examples.add(example);
                }
            }
        }
        String notFound = "no header row found in the first " + HeaderLocator.FIRST_ROWS + " rows"
                + (sheets <= 1 ? "" : " of any of its " + sheets + " sheets");
        if (examples.isEmpty()) {
            return notFound;
        }
        return notFound + ": expected columns such as "
                + examples.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(", "));
    }
}
