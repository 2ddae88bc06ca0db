package com.leadaudit.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one campaign's workbook (§10): Summary, Leads, Action List, Owners, Data Quality, Run — in that order.
 * Leads and data-quality rows are streamed from the source, so the size of a campaign does not matter. The target
 * is replaced atomically: readers see the old workbook or the new one, never part of one.
 */
public final class CampaignWorkbookWriter {

    public static final String SUMMARY = "Summary";
    public static final String LEADS = "Leads";
    public static final String ACTION_LIST = "Action List";
    public static final String OWNERS = "Owners";
    public static final String DATA_QUALITY = "Data Quality";
    public static final String RUN = "Run";

    /**
     * @throws IOException              when the workbook cannot be written; any previous workbook is left as it was
     * @throws IllegalArgumentException when the campaign's time zone is not a valid zone id
     */
    public void write(CampaignReportSource source, Path target) throws IOException {
        CampaignFacts facts = source.facts();
        ZoneId zone = zone(facts);
        String title = "Lead follow-up audit: " + (facts.name() == null ? facts.code() : facts.name());
        StreamingWorkbook.write(target, title, "leadaudit " + source.run().softwareVersion(),
                workbook -> fill(workbook, source, zone));
    }

    private static void fill(SXSSFWorkbook workbook, CampaignReportSource source, ZoneId zone) {
        ReportStyles styles = new ReportStyles(workbook);
        // Created up front so the tab order is fixed whatever order they are filled in.
        SXSSFSheet summary = workbook.createSheet(SUMMARY);
        SXSSFSheet leads = workbook.createSheet(LEADS);
        SXSSFSheet actions = workbook.createSheet(ACTION_LIST);
        SXSSFSheet owners = workbook.createSheet(OWNERS);
        SXSSFSheet quality = workbook.createSheet(DATA_QUALITY);
        SXSSFSheet run = workbook.createSheet(RUN);

        SummarySheet.write(summary, styles, source, zone);

        PageSetup.landscape(leads); // 25+ columns: scaled to one page they could not be read
        PageSetup.fitToWidth(actions);
        PageSetup.fitToWidth(owners);
        PageSetup.fitToWidth(quality);
        PageSetup.fitToWidth(run);

        LeadTable leadTable = new LeadTable(leads, styles, zone, LeadColumn.leadsSheet(
                source.answerColumns() == null ? List.of() : source.answerColumns()));
        leadTable.writeHeader();
        source.forEachLead(leadTable::write);
        leadTable.finish("No leads.");

        LeadTable actionTable = new LeadTable(actions, styles, zone, LeadColumn.actionList());
        actionTable.writeHeader();
        source.forEachActionItem(actionTable::write);
        actionTable.finish("No overdue or open leads: nobody is waiting.");

        OwnersSheet.write(owners, styles, source);
        DataQualitySheet.write(quality, styles, source);
        RunSheet.write(run, styles, source.run(), zone);
    }

    private static ZoneId zone(CampaignFacts facts) {
        try {
            return ZoneId.of(facts.timeZone());
        } catch (DateTimeException | NullPointerException e) {
            // Showing times in a guessed zone would put every capture and deadline at the wrong hour.
            throw new IllegalArgumentException("Campaign " + facts.code() + " has no valid time zone: '"
                    + facts.timeZone() + "'", e);
        }
    }
}
