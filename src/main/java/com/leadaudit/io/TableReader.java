package com.leadaudit.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Opens a file of any supported format and positions it just below its header row. */
public final class TableReader {

    private static final int EXAMPLES_PER_SCHEMA = 3;
    private static final int MAX_EXAMPLES = 6;

    private TableReader() {
    }

    /**
     * @throws UnreadableFileException when the file cannot be opened or no schema's header row appears among its
     *                                 first {@value HeaderLocator#FIRST_ROWS} rows
     */
    public static Table open(Path file, List<TableSchema> schemas) throws UnreadableFileException {
        SpreadsheetFormat format = SpreadsheetFormat.detect(file);
        RowCursor cursor = SpreadsheetReader.open(file, format);
        try {
            List<SheetRow> firstRows = new ArrayList<>(HeaderLocator.FIRST_ROWS);
            while (firstRows.size() < HeaderLocator.FIRST_ROWS && cursor.hasNext()) {
                firstRows.add(cursor.next());
            }
            if (firstRows.isEmpty()) {
                throw new UnreadableFileException("the file holds no rows: its first sheet is empty");
            }
            TableLayout layout = HeaderLocator.locate(firstRows, schemas)
                    .orElseThrow(() -> new UnreadableFileException(noHeader(schemas)));
            List<SheetRow> afterHeader = firstRows.subList(layout.headerIndex() + 1, firstRows.size());
            return new Table(format, cursor, layout, afterHeader);
        } catch (UnreadableFileException | RuntimeException e) {
            cursor.close();
            if (e instanceof UnreadableFileException.Runtime damagedEarly) {
                throw damagedEarly.toChecked();
            }
            throw e;
        }
    }

    private static String noHeader(List<TableSchema> schemas) {
        Set<String> examples = new LinkedHashSet<>();
        for (TableSchema schema : schemas) {
            for (String example : schema.exampleHeaders(EXAMPLES_PER_SCHEMA)) {
                if (examples.size() < MAX_EXAMPLES) {
                    examples.add(example);
                }
            }
        }
        String notFound = "no header row found in the first " + HeaderLocator.FIRST_ROWS + " rows";
        if (examples.isEmpty()) {
            return notFound;
        }
        return notFound + ": expected columns such as "
                + examples.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(", "));
    }
}
