package com.leadaudit.report;

import com.leadaudit.figures.GroupFigures;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;

/**
 * A table of figures per slice (rating, owner, booth staff member): a header row, then one row per slice.
 * The table never sorts; callers pass slices in the order they want them read.
 */
final class GroupTable {

    private GroupTable() {
    }

    /**
     * @param nameHeader   header of the first column (Rating, Name)
     * @param medianHeader header of the median column
     * @param p90Header    header of the 90th percentile column, or null to leave the column out
     */
    static void write(NextRow cursor, ReportStyles styles, String nameHeader, String medianHeader, String p90Header,
                      List<GroupFigures> groups) {
        List<String> headers = new ArrayList<>(List.of(nameHeader, "Leads", "On time", "Late", "Overdue", "Open",
                "Compliance", medianHeader));
        if (p90Header != null) {
            headers.add(p90Header);
        }
        Row header = cursor.next();
        for (int c = 0; c < headers.size(); c++) {
            Cells.text(header, c, headers.get(c), c == 0 ? styles.header : styles.headerRight);
        }
        if (groups.isEmpty()) {
            Cells.text(cursor.next(), 0, "None.");
            return;
        }
        for (GroupFigures g : groups) {
            Row row = cursor.next();
            Cells.text(row, 0, GroupOrder.displayName(g));
            Cells.number(row, 1, g.leads(), styles.count);
            Cells.number(row, 2, g.onTime(), styles.count);
            Cells.number(row, 3, g.late(), styles.count);
            Cells.number(row, 4, g.overdue(), styles.count);
            Cells.number(row, 5, g.open(), styles.count);
            Cells.number(row, 6, g.compliance(), styles.percent);
            Cells.number(row, 7, g.medianHours(), styles.hours);
            if (p90Header != null) {
                Cells.number(row, 8, g.p90Hours(), styles.hours);
            }
        }
    }
}
