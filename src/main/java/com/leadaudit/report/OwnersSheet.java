package com.leadaudit.report;

import org.apache.poi.xssf.streaming.SXSSFSheet;

/** The Owners sheet: who follows up on time — per first-touch owner, and per booth staff member who scanned. */
final class OwnersSheet {

    private OwnersSheet() {
    }

    static void write(SXSSFSheet sheet, ReportStyles styles, CampaignReportSource source) {
        ColumnWidths.set(sheet, 30, 9, 9, 9, 9, 9, 12, 14);
        NextRow cursor = new NextRow(sheet);
        Cells.text(cursor.next(), 0, "By first-touch owner", styles.section);
        GroupTable.write(cursor, styles, "Name", "Median hours", null,
                GroupOrder.sorted(source.byOwner(), GroupOrder.BY_COMPLIANCE));
        cursor.skip(1);
        Cells.text(cursor.next(), 0, "By booth staff member", styles.section);
        GroupTable.write(cursor, styles, "Name", "Median hours", null,
                GroupOrder.sorted(source.byBoothStaff(), GroupOrder.BY_COMPLIANCE));
    }
}
