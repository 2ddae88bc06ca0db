package com.leadaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.leadaudit.AuditJobs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workbook written with the lead sheets of an earlier one (a night whose leads did not change). */
class SheetTransplantTest {

    private static final List<String> SHEETS = List.of(CampaignWorkbookWriter.SUMMARY, CampaignWorkbookWriter.LEADS,
            CampaignWorkbookWriter.ACTION_LIST, CampaignWorkbookWriter.OWNERS, CampaignWorkbookWriter.DATA_QUALITY,
            CampaignWorkbookWriter.RUN);

    @TempDir
    Path dir;

    @Test
    void copiedLeadSheetsGiveTheWorkbookWrittenInFullWithoutReadingALead() throws IOException {
        Path earlier = dir.resolve("2026-04-28/ber-2026.xlsx");
        var rows = new CampaignWorkbookWriter().write(FakeCampaign.berlin(), earlier);
        assertThat(rows.leads()).isEqualTo(FakeCampaign.berlin().leads.size()).isPositive();
        assertThat(rows.actions()).isEqualTo(FakeCampaign.berlin().actionItems.size()).isPositive();

        Path full = dir.resolve("full/ber-2026.xlsx");
        new CampaignWorkbookWriter().write(FakeCampaign.berlin(), full);
        Path copied = dir.resolve("2026-04-29/ber-2026.xlsx");
        var copiedRows = new CampaignWorkbookWriter().write(withoutLeads(), copied,
                new CampaignWorkbookWriter.CopiedSheets(earlier, rows.leads(), rows.actions(), rows.blocks(), "basis"),
                null);

        assertThat(copiedRows).as("the copy's Leads blocks are the earlier sheet's").isEqualTo(rows);
        for (String sheet : SHEETS) {
            assertThat(AuditJobs.sheetRows(copied, sheet)).as(sheet).isEqualTo(AuditJobs.sheetRows(full, sheet));
        }
        try (var wb = Workbooks.open(copied)) {
            assertThat(wb.getSheet(CampaignWorkbookWriter.LEADS).getCTWorksheet().getAutoFilter().getRef())
                    .isEqualTo(wb.getSheet(CampaignWorkbookWriter.LEADS).getCTWorksheet().getDimension().getRef());
            assertThat(wb.getName("_xlnm._FilterDatabase")).isNotNull();
        }
    }

    @Test
    void aCopiedDataQualitySheetGivesTheWorkbookWrittenInFullWithoutReadingItsRows() throws IOException {
        Path earlier = dir.resolve("2026-04-28/ber-2026.xlsx");
        var rows = new CampaignWorkbookWriter().write(FakeCampaign.berlin(), earlier);
        assertThat(rows.quality()).isEqualTo(FakeCampaign.berlin().dataQuality.size()).isPositive();

        Path full = dir.resolve("full/ber-2026.xlsx");
        new CampaignWorkbookWriter().write(FakeCampaign.berlin(), full);
        Path copied = dir.resolve("2026-04-29/ber-2026.xlsx");
        FakeCampaign withoutQualityRows = new FakeCampaign() {
            @Override
            public void forEachDataQualityRow(Consumer<DataQualityRow> consumer) {
                throw new AssertionError("data-quality rows read although their sheet is copied");
            }
        };
        FakeCampaign berlin = FakeCampaign.berlin();
        withoutQualityRows.withFiguresOf(berlin);
        withoutQualityRows.leads = berlin.leads;
        withoutQualityRows.actionItems = berlin.actionItems;
        var copiedRows = new CampaignWorkbookWriter().write(withoutQualityRows, copied, null,
                new CampaignWorkbookWriter.CopiedQuality(earlier, rows.quality()));

        assertThat(copiedRows).isEqualTo(rows);
        for (String sheet : SHEETS) {
            assertThat(AuditJobs.sheetRows(copied, sheet)).as(sheet).isEqualTo(AuditJobs.sheetRows(full, sheet));
        }
        try (var wb = Workbooks.open(copied)) {
            var quality = wb.getSheet(CampaignWorkbookWriter.DATA_QUALITY).getCTWorksheet();
            assertThat(quality.getAutoFilter().getRef()).isEqualTo(quality.getDimension().getRef());
        }
        // A later night whose Action List is shorter (a lead was followed up): its lead sheets are written anew, with
        // a filter range of their own, and the Data Quality sheet is still copied.
        FakeCampaign shorter = FakeCampaign.berlin();
        shorter.actionItems = berlin.actionItems.subList(1, berlin.actionItems.size());
        Path shorterFull = dir.resolve("full/ber-2026-shorter.xlsx");
        new CampaignWorkbookWriter().write(shorter, shorterFull);
        withoutQualityRows.actionItems = shorter.actionItems;
        Path later = dir.resolve("2026-05-02/ber-2026.xlsx");
        var laterRows = new CampaignWorkbookWriter().write(withoutQualityRows, later, null,
                new CampaignWorkbookWriter.CopiedQuality(earlier, rows.quality()));
        assertThat(laterRows.actions()).isEqualTo(rows.actions() - 1);
        for (String sheet : SHEETS) {
            assertThat(AuditJobs.sheetRows(later, sheet)).as(sheet).isEqualTo(AuditJobs.sheetRows(shorterFull, sheet));
        }

        // one row more than the earlier sheet lists: the filter this workbook would declare does not fit it
        var wrong = new CampaignWorkbookWriter.CopiedQuality(earlier, rows.quality() + 1);
        Path target = dir.resolve("2026-04-30/ber-2026.xlsx");
        assertThatThrownBy(() -> new CampaignWorkbookWriter().write(withoutQualityRows, target, null, wrong))
                .isInstanceOf(SheetTransplant.Mismatch.class).hasMessageContaining("xl/workbook.xml");
        assertThat(target).doesNotExist();
    }

    @Test
    void onlyTheNamesDefinedOnCopiedSheetsMustAgree() {
        String xml = "<workbook><definedNames><definedName name=\"_xlnm.Print_Titles\" localSheetId=\"1\">Leads!$1:$1"
                + "</definedName><definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"2\" hidden=\"true\">"
                + "'Action List'!$A$1:$M$127</definedName><definedName name=\"_xlnm._FilterDatabase\" "
                + "localSheetId=\"5\" hidden=\"true\">'Data Quality'!$A$1:$E$124</definedName></definedNames>"
                + "</workbook>";
        assertThat(SheetTransplant.namesOtherThan(xml, java.util.Set.of(5))).isEqualTo("<workbook><definedNames>"
                + "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"5\" hidden=\"true\">"
                + "'Data Quality'!$A$1:$E$124</definedName></definedNames></workbook>");
        assertThat(SheetTransplant.namesOtherThan(xml, java.util.Set.of(1, 2, 5))).isEqualTo(xml);
    }

    @Test
    void sheetsThatDoNotFitAreRefusedAndNothingIsWritten() throws IOException {
        Path earlier = dir.resolve("2026-04-28/ber-2026.xlsx");
        var rows = new CampaignWorkbookWriter().write(FakeCampaign.berlin(), earlier);
        Path target = dir.resolve("2026-04-29/ber-2026.xlsx");
        // one row more than the earlier sheet holds: its filter would not cover the table this workbook declares
        var wrong = new CampaignWorkbookWriter.CopiedSheets(earlier, rows.leads() + 1, rows.actions());

        assertThatThrownBy(() -> new CampaignWorkbookWriter().write(withoutLeads(), target, wrong, null))
                .isInstanceOf(SheetTransplant.Mismatch.class).hasMessageContaining("xl/workbook.xml");
        assertThat(target).doesNotExist();
        try (var files = Files.list(target.getParent())) {
            assertThat(files).as("no temporary file left").isEmpty();
        }
    }

    /** The Berlin campaign whose leads must not be read: the workbook takes them from the earlier file. */
    private static FakeCampaign withoutLeads() {
        FakeCampaign source = new FakeCampaign() {
            @Override
            public void forEachLead(Consumer<LeadRow> consumer) {
                throw new AssertionError("leads read although their sheet is copied");
            }

            @Override
            public void forEachActionItem(Consumer<LeadRow> consumer) {
                throw new AssertionError("action items read although their sheet is copied");
            }
        };
        FakeCampaign berlin = FakeCampaign.berlin();
        source.withFiguresOf(berlin);
        return source;
    }
}
