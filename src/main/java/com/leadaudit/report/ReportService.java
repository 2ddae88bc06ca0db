package com.leadaudit.report;

import com.leadaudit.figures.Figures;
import com.leadaudit.figures.GroupFigures;
import com.leadaudit.figures.SoftwareVersion;
import com.leadaudit.followup.AsOf;
import com.leadaudit.importing.ParallelWork;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Writes one workbook per campaign and the portfolio under reports/&lt;as-of date&gt;/ (SPEC §10). */
@Service
public class ReportService {

    private static final Logger log = LoggerFactory.getLogger(ReportService.class);

    private final ReportRepository reports;
    private final KeptWorkbooks kept;
    private final AnswerColumns answerColumns;
    private final TransactionTemplate tx;
    private final RunSettings settings;
    /** Campaign workbooks written at once (leadaudit.report.threads, default 2). */
    private final int threads;
    /** Rows per block of a Leads sheet (leadaudit.report.lead-block-rows, {@link LeadBlocks}). */
    private final int leadBlockRows;

    public ReportService(ReportRepository reports, KeptWorkbooks kept, AnswerColumns answerColumns,
                         TransactionTemplate tx, RunSettings settings,
                         @Value("${leadaudit.report.threads:2}") int threads,
                         @Value("${leadaudit.report.lead-block-rows:" + CampaignWorkbookWriter.LEAD_BLOCK_ROWS + "}")
                         int leadBlockRows) {
        this.reports = reports;
        this.kept = kept;
        this.answerColumns = answerColumns;
        this.tx = tx;
        this.settings = settings;
        this.threads = threads;
        this.leadBlockRows = leadBlockRows;
    }

    /**
     * The workbooks of a run, campaign workbooks first, the portfolio last; {@code kept} of them left as they were,
     * {@code copiedLeadSheets} written with the Leads and Action List of an earlier night's workbook,
     * {@code copiedQuality} with its Data Quality sheet, {@code copiedWhole} copied from another folder's;
     * {@code patchedLeadSheets} with {@code blocksTaken} of the {@code blocksOfPatched} blocks of their Leads sheets
     * taken from an earlier night's.
     */
    public record Written(List<Path> paths, int kept, int copiedLeadSheets, int copiedQuality, int copiedWhole,
                          int patchedLeadSheets, int blocksTaken, int blocksOfPatched) {
    }

    private record CampaignOutcome(PortfolioRow row, boolean kept, boolean copiedLeadSheets, boolean copiedQuality,
                                   boolean copiedWhole, int blocksTaken, int blocks) {
    }

    public Written writeAll(AsOf asOf, Path reportsDir, Instant startedAt) {
        LocalDate folderDate = asOf.reportDate();
        List<String> codes = reports.campaignCodes();
        // Campaign workbooks are independent: written on a small pool (each in its own read transaction), results
        // collected in campaign order so the portfolio and the log read the same whatever finished first.
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, codes.size())), runnable -> {
            Thread t = new Thread(runnable, "workbook-writer");
            t.setDaemon(true);
            return t;
        });
        List<Future<CampaignOutcome>> futures = new ArrayList<>();
        try {
            for (String code : codes) {
                futures.add(pool.submit(() -> writeCampaign(code, asOf, reportsDir, folderDate, startedAt)));
            }
            List<Path> written = new ArrayList<>();
            List<PortfolioRow> portfolio = new ArrayList<>();
            int kept = 0;
            int copied = 0;
            int copiedQuality = 0;
            int copiedWhole = 0;
            int patched = 0;
            int blocksTaken = 0;
            int blocksOfPatched = 0;
            for (int i = 0; i < codes.size(); i++) {
                CampaignOutcome outcome = ParallelWork.await(futures.get(i), "the workbooks being written");
                portfolio.add(outcome.row());
                kept += outcome.kept() ? 1 : 0;
                copied += outcome.copiedLeadSheets() ? 1 : 0;
                copiedQuality += outcome.copiedQuality() ? 1 : 0;
                copiedWhole += outcome.copiedWhole() ? 1 : 0;
                if (outcome.blocksTaken() > 0) {
                    patched++;
                    blocksTaken += outcome.blocksTaken();
                    blocksOfPatched += outcome.blocks();
                }
                written.add(ReportPaths.campaignWorkbook(reportsDir, folderDate, codes.get(i)));
            }
            written.add(writePortfolio(asOf, reportsDir, folderDate, startedAt, portfolio));
            return new Written(written, kept, copied, copiedQuality, copiedWhole, patched, blocksTaken,
                    blocksOfPatched);
        } finally {
            futures.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }

    private CampaignOutcome writeCampaign(String code, AsOf asOf, Path reportsDir, LocalDate folderDate,
                                       Instant startedAt) {
        Path target = ReportPaths.campaignWorkbook(reportsDir, folderDate, code);
        String basis = kept.basis(code, asOf.canonical() + "|" + settings.describe() + "|" + SoftwareVersion.version());
        if (kept.unchanged(target, basis)) {
            log.info("Kept {}: its campaign, leads, files and figures are as when it was written", target);
            return new CampaignOutcome(storedRow(code, asOf), true, false, false, false, 0, 0);
        }
        KeptWorkbooks.SameContent same = kept.sameContent(basis, target).orElse(null);
        if (same != null) {
            try {
                AtomicFileWriter.write(target, out -> java.nio.file.Files.copy(same.file(), out));
                kept.record(target, code, basis, same.sheetsBasis(), same.qualityBasis(), same.blocksBasis(),
                        same.rows());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot copy " + same.file() + " to " + target + ": "
                        + e.getMessage(), e);
            }
            log.info("Copied {} from {}: its campaign, leads, files and figures are as when that was written", target,
                    same.file());
            return new CampaignOutcome(storedRow(code, asOf), false, false, false, true, 0, 0);
        }
        String sheetsBasis = kept.sheetsBasis(code, SoftwareVersion.version());
        String qualityBasis = kept.qualityBasis(code, SoftwareVersion.version());
        CampaignWorkbookWriter.CopiedSheets copied = kept.leadSheets(code, sheetsBasis).orElse(null);
        CampaignWorkbookWriter.CopiedQuality quality = qualityBasis == null ? null
                : kept.qualitySheet(code, qualityBasis).orElse(null);
        CampaignWritten written;
        try {
            written = write(code, asOf, startedAt, target, copied, quality, true);
        } catch (SheetTransplant.Mismatch e) {
            log.info("Writing {} in full: the sheets of an earlier workbook do not fit ({})", target, e.getMessage());
            copied = null;
            quality = null;
            written = write(code, asOf, startedAt, target, null, null, false);
        }
        PortfolioRow row = written.row();
        try {
            kept.record(target, code, basis, sheetsBasis, qualityBasis, written.blocksBasis(), written.rows());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read back " + target + ": " + e.getMessage(), e);
        }
        String copiedWhat = copied != null && quality != null ? "its Leads, Action List and Data Quality copied"
                : copied != null ? "its Leads and Action List copied" : quality != null ? "its Data Quality copied" : null;
        LeadBlocks blocks = written.rows().blocks();
        if (written.rows().blocksTaken() > 0) {
            log.info("Wrote {} ({}), {} of its {} blocks of lead rows taken from an earlier night's{}", target,
                    row.facts().name(), written.rows().blocksTaken(), blocks.blocks().size(),
                    copiedWhat == null ? "" : ", " + copiedWhat);
        } else if (copiedWhat != null) {
            // Each is copied by its own basis: Leads and Action List show the leads; Data Quality the files, warnings
            // and merged scans, which most nights leave alone even when statuses change.
            log.info("Wrote {} ({}), {} from {}: unchanged since then", target, row.facts().name(), copiedWhat,
                    copied != null ? copied.from() : quality.from());
        } else {
            log.info("Wrote {} ({})", target, row.facts().name());
        }
        com.leadaudit.io.PauseInsideStep.reached("writeReports"); // one workbook written, others maybe not yet
        return new CampaignOutcome(row, false, copied != null, quality != null, false, written.rows().blocksTaken(),
                blocks == null ? 0 : blocks.blocks().size());
    }

    /** The portfolio row of a campaign whose workbook was kept or copied: what the database holds for it. */
    private PortfolioRow storedRow(String code, AsOf asOf) {
        return new PortfolioRow(reports.facts(code), reports.figures(code, asOf.canonical()),
                reports.outcomes(code, asOf.canonical()));
    }

    /** A workbook written, and the basis of its Leads blocks ({@link CampaignWorkbookWriter#leadBlocksBasis}). */
    private record CampaignWritten(PortfolioRow row, CampaignWorkbookWriter.SheetRows rows, String blocksBasis) {
    }

    /**
     * @param takeBlocks whether to take the unchanged blocks of the Leads sheet from an earlier night's workbook
     * @throws SheetTransplant.Mismatch when copied sheets or blocks do not fit; nothing is written then
     */
    private CampaignWritten write(String code, AsOf asOf, Instant startedAt, Path target,
                                  CampaignWorkbookWriter.CopiedSheets copied,
                                  CampaignWorkbookWriter.CopiedQuality quality, boolean takeBlocks) {
        // Leads stream through a cursor, which PostgreSQL keeps open only inside a transaction.
        return tx.execute(status -> {
            reports.withoutParallelWorkers();
            CampaignSource source = new CampaignSource(code, asOf, startedAt);
            CampaignWorkbookWriter writer = new CampaignWorkbookWriter(leadBlockRows);
            String blocksBasis = copied != null ? copied.blocksBasis()
                    : writer.leadBlocksBasis(SoftwareVersion.version(), source);
            LeadSheetBlocks.Earlier earlier = copied == null && takeBlocks
                    ? kept.leadBlocks(code, blocksBasis).orElse(null) : null;
            try {
                var rows = writer.write(source, target, copied, quality, earlier);
                return new CampaignWritten(new PortfolioRow(source.facts(), source.figures(), source.outcomes()), rows,
                        blocksBasis);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
            }
        });
    }


    private Path writePortfolio(AsOf asOf, Path reportsDir, LocalDate folderDate, Instant startedAt,
                                List<PortfolioRow> portfolio) {
        Path target = ReportPaths.portfolio(reportsDir, folderDate);
        RunInfo run = new RunInfo(asOf.canonical(), null, SoftwareVersion.version(), startedAt, List.of(),
                settings.describe());
        Map<String, List<TrendPoint>> trends = reports.allTrends();
        PortfolioSource portfolioSource = new PortfolioSource() {
            @Override
            public List<PortfolioRow> campaigns() {
                return portfolio;
            }

            @Override
            public Map<String, List<TrendPoint>> trendByCampaign() {
                return trends;
            }

            @Override
            public RunInfo run() {
                return run;
            }
        };
        try {
            new PortfolioWorkbookWriter().write(portfolioSource, target);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
        log.info("Wrote {}", target);
        return target;
    }

    /** One campaign's workbook contents, read lazily from the database as the writer asks. */
    private final class CampaignSource implements CampaignReportSource {
        private final String code;
        private final AsOf asOf;
        private final Instant startedAt;
        private final CampaignFacts facts;
        private final Figures figures;
        private final List<String> answerColumns;
        private Outcomes outcomes;

        CampaignSource(String code, AsOf asOf, Instant startedAt) {
            this.code = code;
            this.asOf = asOf;
            this.startedAt = startedAt;
            this.facts = reports.facts(code);
            this.figures = reports.figures(code, asOf.canonical());
            this.answerColumns = ReportService.this.answerColumns.of(code);
        }

        @Override
        public CampaignFacts facts() {
            return facts;
        }

        @Override
        public Figures figures() {
            return figures;
        }

        @Override
        public List<GroupFigures> byRating() {
            return reports.groups(code, asOf.canonical(), "RATING");
        }

        @Override
        public List<GroupFigures> byOwner() {
            return reports.groups(code, asOf.canonical(), "OWNER");
        }

        @Override
        public List<GroupFigures> byBoothStaff() {
            return reports.groups(code, asOf.canonical(), "STAFF");
        }

        @Override
        public List<String> answerColumns() {
            return answerColumns;
        }

        @Override
        public void forEachLead(Consumer<LeadRow> consumer) {
            reports.forEachLead(code, answerColumns, (lead, hash) -> consumer.accept(lead));
        }

        @Override
        public void forEachHashedLead(HashedLeads consumer) {
            reports.forEachLead(code, answerColumns, consumer);
        }

        @Override
        public List<LeadBlocks.Hash> leadBlockHashes(int rowsPerBlock) {
            return reports.leadBlockHashes(code, rowsPerBlock);
        }

        @Override
        public LeadBlocks.Changed changedLeadBlocks(int rowsPerBlock, long leadVersion) {
            return reports.changedLeadBlocks(code, rowsPerBlock, leadVersion);
        }

        @Override
        public void forEachLeadOfBlocks(int rowsPerBlock, int[] blocks, HashedLeads consumer) {
            reports.forEachLeadOfBlocks(code, answerColumns, rowsPerBlock, blocks, consumer);
        }

        @Override
        public void forEachActionItem(Consumer<LeadRow> consumer) {
            reports.forEachActionItem(code, answerColumns, consumer);
        }

        @Override
        public void forEachDataQualityRow(Consumer<DataQualityRow> consumer) {
            reports.forEachDataQualityRow(code, consumer);
        }

        @Override
        public List<TrendPoint> trend() {
            return reports.trend(code);
        }

        @Override
        public Outcomes outcomes() {
            if (outcomes == null) {
                outcomes = reports.outcomes(code, asOf.canonical());
            }
            return outcomes;
        }

        @Override
        public RunInfo run() {
            return new RunInfo(asOf.canonical(), reports.asOfInstant(code), SoftwareVersion.version(), startedAt,
                    reports.inputFiles(code), settings.describe());
        }
    }
}
