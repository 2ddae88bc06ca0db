package com.leadaudit.run;

import com.leadaudit.campaign.CampaignRegister;
import com.leadaudit.crm.CrmRepository;
import com.leadaudit.figures.FiguresRepository;
import com.leadaudit.followup.FollowUpRepository;
import com.leadaudit.importing.TableFileImporter;
import com.leadaudit.matching.MatchService;
import com.leadaudit.outcome.OutcomeRepository;
import com.leadaudit.report.ReportService;
import com.leadaudit.scan.LeadRepository;
import java.util.List;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What a step read, wrote, skipped and rejected, and one sentence more, for its log line (SPEC §11, {@link StepLogger}).
 * The factories below say, once each, how a service's own result reads as those counts; "skipped" is work kept from an
 * earlier night because its inputs did not change.
 */
record StepResult(long read, long written, long skipped, long rejected, String detail) {

    static final String READ = "leadaudit.read";
    static final String WRITTEN = "leadaudit.written";
    static final String SKIPPED = "leadaudit.skipped";
    static final String REJECTED = "leadaudit.rejected";
    static final String DETAIL = "leadaudit.detail";

    void recordIn(StepExecution step) {
        ExecutionContext ctx = step.getExecutionContext();
        ctx.putLong(READ, read);
        ctx.putLong(WRITTEN, written);
        ctx.putLong(SKIPPED, skipped);
        ctx.putLong(REJECTED, rejected);
        ctx.putString(DETAIL, detail);
    }

    static StepResult register(List<CampaignRegister.Entry> entries) {
        long warnings = entries.stream().mapToLong(e -> e.warnings().size()).sum();
        return new StepResult(entries.size(), entries.size(), 0, 0, warnings + " register warnings");
    }

    /** Rows read, rows rejected and files kept unchanged, over the files of one import step. */
    static StepResult imported(List<TableFileImporter.Result> results) {
        long rows = results.stream().mapToLong(TableFileImporter.Result::dataRows).sum();
        long rejectedRows = results.stream().mapToLong(TableFileImporter.Result::rejectedRows).sum();
        long unchanged = results.stream().filter(r -> r.outcome() == TableFileImporter.Outcome.SKIPPED).count();
        long rejectedFiles = results.stream().filter(r -> r.outcome() == TableFileImporter.Outcome.REJECTED).count();
        return new StepResult(rows, rows - rejectedRows, unchanged, rejectedRows,
                results.size() + " files: " + unchanged + " unchanged, " + rejectedFiles + " rejected");
    }

    static StepResult rebuilt(CrmRepository.Rebuilt built, String what, String unchanged) {
        return kept(built.rows(), built.rebuilt(), built.how() != null ? built.how() : built.rows() + what, unchanged);
    }

    static StepResult winners(CrmRepository.Rebuilt picked) {
        return new StepResult(picked.rows(), picked.rows(), 0, 0, picked.rebuilt()
                ? picked.rows() + " activity winners picked for the activities' consolidation"
                : "none picked: the activities are kept or brought up to date from new files");
    }

    static StepResult leads(LeadRepository.Result built) {
        if (built.rebuilt() && built.campaignsRebuilt() < built.campaigns()) {
            return new StepResult(built.leads(), built.leadsBuilt(), built.leads() - built.leadsBuilt(), 0,
                    built.leads() + " leads (the leads of " + built.campaignsRebuilt() + " of " + built.campaigns()
                            + " campaigns rebuilt; the others' scan files and register unchanged)");
        }
        return kept(built.leads(), built.rebuilt(), built.leads() + " leads", "scan files and register unchanged");
    }

    static StepResult matches(MatchService.Counts c) {
        int links = c.email() + c.phone() + c.name();
        return new StepResult(0, c.rematched() ? links : 0, c.rematched() ? 0 : links, 0, "EMAIL " + c.email()
                + ", PHONE " + c.phone() + ", NAME " + c.name() + " lead-person links"
                + (c.rematched() ? "" : " (leads and CRM unchanged: kept)"));
    }

    static StepResult touches(int[] found) {
        return new StepResult(found[1], found[0], 0, 0, found[0] + " leads whose first touch was found or changed ("
                + found[1] + " looked at)");
    }

    static StepResult refreshed(FollowUpRepository.Refreshed refreshed) {
        return new StepResult(0, refreshed.changed(), 0, 0, refreshed.changed()
                + " statuses of leads without a touch changed with the as-of (" + refreshed.campaignsRefreshed()
                + " of " + refreshed.campaigns() + " campaigns had a new as-of)");
    }

    static StepResult outcomes(OutcomeRepository.Found found) {
        return new StepResult(found.withOutcome(), found.changed(), 0, 0, found.withOutcome()
                + " leads with an opportunity, " + found.changed() + " outcomes changed (" + found.lookedAt()
                + " leads looked at: every one of " + found.inFull() + " campaigns, those a later as-of can change in "
                + found.movedOn() + ", none in the other " + (found.campaigns() - found.inFull() - found.movedOn())
                + ")");
    }

    static StepResult figures(FiguresRepository.Recorded recorded) {
        int campaigns = recorded.campaigns();
        return new StepResult(campaigns, campaigns, 0, 0, campaigns + " campaigns, " + recorded.copied()
                + " of them with leads unchanged since figures already stored (copied, not computed again)");
    }

    static StepResult workbooks(ReportService.Written written) {
        int count = written.paths().size();
        return new StepResult(0, count - written.kept(), written.kept(), 0, count + " workbooks, " + written.kept()
                + " of them kept as an earlier run of this as-of wrote them (nothing they show changed), "
                + written.copiedLeadSheets() + " with Leads and Action List copied from an earlier night's (same leads), "
                + written.copiedQuality() + " with Data Quality copied from an earlier night's (same files and merged "
                + "scans), "
                + written.patchedLeadSheets() + " with Leads written in part (" + written.blocksTaken() + " of "
                + written.blocksOfPatched() + " blocks of rows taken from an earlier night's, the others changed), "
                + written.copiedWhole() + " copied whole from another folder's (same as-of, same content)");
    }

    private static StepResult kept(long rows, boolean rebuilt, String detail, String whyKept) {
        return new StepResult(rows, rebuilt ? rows : 0, rebuilt ? 0 : rows, 0,
                detail + (rebuilt ? "" : " (" + whyKept + ": kept)"));
    }
}
