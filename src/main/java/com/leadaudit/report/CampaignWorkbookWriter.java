package com.leadaudit.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one campaign's workbook (§10): Summary, Leads, Action List, Owners, Outcomes, Data Quality, Run — in that
 * order.
 * Leads and data-quality rows are streamed from the source, so the size of a campaign does not matter. The Leads
 * sheet's lead rows are written in blocks ({@link LeadBlocks}), so that a later night can take the blocks whose leads
 * did not change from this workbook. The target is replaced atomically: readers see the old workbook or the new one,
 * never part of one.
 */
public final class CampaignWorkbookWriter {

    public static final String SUMMARY = "Summary";
    public static final String LEADS = "Leads";
    public static final String ACTION_LIST = "Action List";
    public static final String OWNERS = "Owners";
    public static final String OUTCOMES = "Outcomes";
    public static final String DATA_QUALITY = "Data Quality";
    public static final String RUN = "Run";

    /** Rows per block of the Leads sheet ({@link LeadBlocks}) unless set otherwise. */
    public static final int LEAD_BLOCK_ROWS = 100;

    /**
     * The Leads and Action List of an earlier workbook of the campaign, with their lead rows, to copy; {@code blocks}
     * are those of its Leads sheet with their {@link #leadBlocksBasis}, null when they were not noted.
     */
    public record CopiedSheets(Path from, int leadRows, int actionRows, LeadBlocks blocks, String blocksBasis) {
        public CopiedSheets(Path from, int leadRows, int actionRows) {
            this(from, leadRows, actionRows, null, null);
        }
    }

    /** The Data Quality sheet of an earlier workbook of the campaign, with the rows it lists, to copy. */
    public record CopiedQuality(Path from, int rows) {
    }

    /**
     * The rows of a workbook written: lead rows on Leads and on Action List, rows listed on Data Quality; the blocks
     * of its Leads sheet (null when copied from a workbook whose blocks were not noted), of which {@code blocksTaken}
     * were taken from an earlier workbook.
     */
    public record SheetRows(int leads, int actions, int quality, LeadBlocks blocks, int blocksTaken) {
        public SheetRows(int leads, int actions, int quality) {
            this(leads, actions, quality, null, 0);
        }
    }

    private final int leadBlockRows;

    public CampaignWorkbookWriter() {
        this(LEAD_BLOCK_ROWS);
    }

    /** @param leadBlockRows rows per block of the Leads sheet; blocks are taken only from sheets with as many */
    public CampaignWorkbookWriter(int leadBlockRows) {
        this.leadBlockRows = leadBlockRows;
    }

    /**
     * The {@link LeadBlocks#basis} of the campaign's Leads sheet as this writer writes it: an earlier sheet's blocks
     * are taken only when it has the same.
     */
    public String leadBlocksBasis(String softwareVersion, CampaignReportSource source) {
        return LeadBlocks.basis(softwareVersion, source.facts().timeZone(), leadBlockRows, leadColumns(source));
    }

    /**
     * @throws IOException              when the workbook cannot be written; any previous workbook is left as it was
     * @throws IllegalArgumentException when the campaign's time zone is not a valid zone id
     */
    public SheetRows write(CampaignReportSource source, Path target) throws IOException {
        return write(source, target, null, null);
    }

    /**
     * As {@link #write(CampaignReportSource, Path)}, but with the Leads and Action List copied from {@code copied}
     * and the Data Quality sheet from {@code quality}, each when not null: the caller has made sure those sheets would
     * be written the same (the same leads; the same files, warnings and merged scans).
     *
     * @throws SheetTransplant.Mismatch when an earlier workbook's sheets do not fit this one; nothing is written
     */
    public SheetRows write(CampaignReportSource source, Path target, CopiedSheets copied, CopiedQuality quality)
            throws IOException {
        return write(source, target, copied, quality, null);
    }

    /**
     * As {@link #write(CampaignReportSource, Path, CopiedSheets, CopiedQuality)}; when the lead sheets are not
     * copied, the Leads sheet's unchanged blocks are taken from {@code earlier} when not null (the caller has made
     * sure it has the same {@link #leadBlocksBasis}).
     *
     * @throws SheetTransplant.Mismatch also when the earlier workbook's blocks do not fit; nothing is written
     */
    SheetRows write(CampaignReportSource source, Path target, CopiedSheets copied, CopiedQuality quality,
                    LeadSheetBlocks.Earlier earlier) throws IOException {
        CampaignFacts facts = source.facts();
        ZoneId zone = zone(facts);
        String title = "Lead follow-up audit: " + (facts.name() == null ? facts.code() : facts.name());
        int[] rows = new int[3];
        Map<String, Path> transplant = new LinkedHashMap<>();
        if (copied != null) {
            transplant.put(LEADS, copied.from());
            transplant.put(ACTION_LIST, copied.from());
        }
        if (quality != null) {
            transplant.put(DATA_QUALITY, quality.from());
        }
        try (LeadBlockWriter blocks = copied == null ? new LeadBlockWriter(leadBlockRows) : null) {
            StreamingWorkbook.write(target, title, "leadaudit " + source.run().softwareVersion(),
                    workbook -> fill(workbook, source, zone, copied, quality, rows, blocks, earlier), transplant,
                    blocks == null ? Map.of() : Map.of(LEADS, blocks));
            return blocks == null ? new SheetRows(rows[0], rows[1], rows[2], copied.blocks(), 0)
                    : new SheetRows(rows[0], rows[1], rows[2], blocks.written(), blocks.taken());
        }
    }

    private static List<LeadColumn> leadColumns(CampaignReportSource source) {
        return LeadColumn.leadsSheet(source.answerColumns() == null ? List.of() : source.answerColumns(),
                source.outcomes().opportunityExport());
    }

    private static void fill(SXSSFWorkbook workbook, CampaignReportSource source, ZoneId zone, CopiedSheets copied,
                             CopiedQuality quality, int[] rows, LeadBlockWriter blocks,
                             LeadSheetBlocks.Earlier earlier) throws IOException {
        ReportStyles styles = new ReportStyles(workbook);
        // Created up front so the tab order is fixed whatever order they are filled in.
        SXSSFSheet summary = workbook.createSheet(SUMMARY);
        SXSSFSheet leads = workbook.createSheet(LEADS);
        SXSSFSheet actions = workbook.createSheet(ACTION_LIST);
        SXSSFSheet owners = workbook.createSheet(OWNERS);
        SXSSFSheet outcomes = workbook.createSheet(OUTCOMES);
        SXSSFSheet dataQuality = workbook.createSheet(DATA_QUALITY);
        SXSSFSheet run = workbook.createSheet(RUN);

        SummarySheet.write(summary, styles, source, zone);

        PageSetup.landscape(leads); // 25+ columns: scaled to one page they could not be read
        PageSetup.fitToWidth(actions);
        PageSetup.fitToWidth(owners);
        PageSetup.fitToWidth(outcomes);
        PageSetup.fitToWidth(dataQuality);
        PageSetup.fitToWidth(run);

        LeadTable leadTable = new LeadTable(leads, styles, zone, leadColumns(source));
        leadTable.writeHeader();
        LeadTable actionTable = new LeadTable(actions, styles, zone, LeadColumn.actionList());
        actionTable.writeHeader();
        if (copied == null) {
            // part names are "/xl/worksheets/sheet2.xml"; zip entries have no leading slash
            String entry = workbook.getXSSFWorkbook().getSheet(LEADS).getPackagePart().getPartName().getName()
                    .substring(1);
            LeadSheetBlocks.write(source, leadTable, blocks, earlier, entry);
            leadTable.finishBlocks(blocks, "No leads.");
            source.forEachActionItem(actionTable::write);
            actionTable.finish("No overdue or open leads: nobody is waiting.");
        } else {
            leadTable.finishCopied(copied.leadRows());
            actionTable.finishCopied(copied.actionRows());
        }
        rows[0] = leadTable.rowsWritten();
        rows[1] = actionTable.rowsWritten();

        OwnersSheet.write(owners, styles, source);
        OutcomesSheet.write(outcomes, styles, source.outcomes());
        if (quality == null) {
            rows[2] = DataQualitySheet.write(dataQuality, styles, source);
        } else {
            DataQualitySheet.writeCopied(dataQuality, styles, quality.rows());
            rows[2] = quality.rows();
        }
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
