package com.leadaudit.io;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A data row seen through a located header: values by field name, plus the raw values for rejection messages. */
public final class MappedRow {

    private final SheetRow row;
    private final TableLayout layout;
    private final List<String> headers;

    public MappedRow(SheetRow row, TableLayout layout) {
        this.row = row;
        this.layout = layout;
        this.headers = layout.headers();
    }

    public int rowNumber() {
        return row.rowNumber();
    }

    public boolean has(String field) {
        return layout.has(field);
    }

    /** The field's cell; of a field split over several columns, the first filled one. */
    public CellValue cell(String field) {
        return layout.cell(row, field);
    }

    /** The zone the field's header names ("Scan Date (UTC)"), for its times that carry no offset. */
    public Optional<ZoneId> zone(String field) {
        return layout.zone(field);
    }

    /** Trimmed text of the field, "" when the column is absent or blank. */
    public String text(String field) {
        return cell(field).text().strip();
    }

    public String cellText(int column) {
        return row.text(column).strip();
    }

    /** "Header=value" pairs of the non-blank cells, as the Data Quality sheet shows them. */
    public String rawValues() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String value = row.text(i);
            if (!value.isBlank()) {
                String header = i < headers.size() && !headers.get(i).isBlank() ? headers.get(i).strip() : "column " + (i + 1);
                parts.add(header + "=" + value.strip());
            }
        }
        String joined = String.join("; ", parts);
        return joined.length() > 2000 ? joined.substring(0, 2000) + "…" : joined;
    }
}
