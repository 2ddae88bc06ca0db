package com.leadaudit.report;

import com.leadaudit.figures.Figures;
import com.leadaudit.figures.GroupFigures;
import java.util.List;
import java.util.function.Consumer;

/**
 * Everything the campaign workbook shows, pulled by {@link CampaignWorkbookWriter}. The lead-sized parts are
 * pushed row by row so that a source can stream them from the database without holding them.
 */
public interface CampaignReportSource {

    CampaignFacts facts();

    Figures figures();

    /** One entry per rating (HOT, WARM, COLD, UNRATED); shown in that order whatever the list order. */
    List<GroupFigures> byRating();

    /** One entry per first-touch owner; the writer sorts them. */
    List<GroupFigures> byOwner();

    /** One entry per booth staff member; the writer sorts them. */
    List<GroupFigures> byBoothStaff();

    /** Custom question texts, one Leads column each, aligned with {@link LeadRow#answers()}. */
    List<String> answerColumns();

    /** Every lead, in Leads sheet order. */
    void forEachLead(Consumer<LeadRow> consumer);

    /** A lead row with the hash of the values it shows, or a null hash where the source has none. */
    @FunctionalInterface
    interface HashedLeads {
        void accept(LeadRow lead, Long hash);
    }

    /**
     * Every lead, in Leads sheet order, with its hash ({@link LeadBlocks}); by default without one, so that no
     * block of the sheet is ever taken from an earlier workbook.
     */
    default void forEachHashedLead(HashedLeads consumer) {
        forEachLead(lead -> consumer.accept(lead, null));
    }

    /**
     * The Leads sheet's blocks of {@code rowsPerBlock} rows as they would be written now, each with its row count
     * and hash, in sheet order; null when the source cannot tell (the sheet is then written in full).
     */
    default List<LeadBlocks.Hash> leadBlockHashes(int rowsPerBlock) {
        return null;
    }

    /**
     * The blocks of {@code rowsPerBlock} rows holding a lead that changed since the campaign's leads were at
     * {@code leadVersion}, known without reading the leads; null when the source cannot tell (the blocks are then
     * found by {@link #leadBlockHashes}).
     */
    default LeadBlocks.Changed changedLeadBlocks(int rowsPerBlock, long leadVersion) {
        return null;
    }

    /**
     * The leads of the given blocks of {@code rowsPerBlock} rows (ascending block numbers), in sheet order, with
     * their hashes. Only called on a source that gives {@link #leadBlockHashes}.
     */
    default void forEachLeadOfBlocks(int rowsPerBlock, int[] blocks, HashedLeads consumer) {
        throw new UnsupportedOperationException("this source gives no lead blocks");
    }

    /** OVERDUE and OPEN leads, already in Action List order (HOT first, then by deadline). */
    void forEachActionItem(Consumer<LeadRow> consumer);

    void forEachDataQualityRow(Consumer<DataQualityRow> consumer);

    /** This campaign's figures from earlier runs and this one, oldest first. */
    List<TrendPoint> trend();

    RunInfo run();

    /** SPEC §14: what the campaign's follow-up earned; {@link Outcomes#NONE} without an opportunity export. */
    default Outcomes outcomes() {
        return Outcomes.NONE;
    }
}
