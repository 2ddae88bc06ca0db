package com.leadaudit.run;

import com.leadaudit.campaign.CampaignRegister;
import com.leadaudit.campaign.CampaignRepository;
import com.leadaudit.crm.CrmImportService;
import com.leadaudit.crm.CrmRepository;
import com.leadaudit.followup.AsOf;
import com.leadaudit.followup.FollowUpRepository;
import com.leadaudit.followup.LeadDecision;
import com.leadaudit.followup.LeadTiming;
import com.leadaudit.followup.StatusDecider;
import com.leadaudit.followup.TouchTime;
import com.leadaudit.io.TableFileImporter;
import com.leadaudit.matching.MatchService;
import com.leadaudit.outcome.OutcomeRepository;
import com.leadaudit.report.FiguresRepository;
import com.leadaudit.report.ReportService;
import com.leadaudit.run.db.ConnectionPoolSize;
import com.leadaudit.scan.LeadRepository;
import com.leadaudit.scan.ScanImportService;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.listener.CompositeStepExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The nightly audit job, all its wiring in one place. Every step rebuilds what it owns from what the steps before it
 * left in the database, so a restart from any failed step (or a re-run of the same as-of) ends exactly as an
 * uninterrupted run would.
 */
@Configuration
public class AuditJobConfig {

    public static final String JOB = "nightlyAudit";
    public static final String AS_OF = "asOf";
    public static final String RUN = "run";
    public static final String INPUT = "input";
    public static final String REPORTS = "reports";
    public static final String STARTED = "startedAt";

    private final RunLock lock;
    private final PauseBeforeStep pause;

    public AuditJobConfig(RunLock lock, org.springframework.core.env.Environment env) {
        this.lock = lock;
        String pauseStep = env.getProperty(PauseBeforeStep.PROPERTY);
        this.pause = pauseStep == null || pauseStep.isBlank() ? null
                : new PauseBeforeStep(pauseStep, Path.of(env.getProperty("leadaudit.data-dir", "data")));
    }

    /**
     * Work that does not read what other work writes runs side by side, in two branches: on two cores the CRM steps
     * (one PostgreSQL backend busy, the JVM mostly idle) leave a core for the other branch. First the badge scans are
     * imported and merged into leads while the CRM exports are imported and their people consolidated; then the leads
     * are matched to those people while the activities are consolidated and linked to them. Each branch keeps its own
     * order; a failed step fails the job once both branches have stopped, and a restart runs only the steps that did
     * not complete.
     */
    @Bean
    public Job nightlyAudit(JobRepository repo, List<Step> steps) {
        Map<String, Step> byName = new java.util.HashMap<>();
        steps.forEach(s -> byName.put(s.getName(), s));
        Flow loads = sideBySide("loads",
                branch("scanBranch", byName.get("importScans"), byName.get("buildLeads")),
                branch("crmBranch", byName.get("importCrm"), byName.get("consolidatePeople")));
        Flow links = sideBySide("links",
                branch("matchBranch", byName.get("matchLeads")),
                branch("activityBranch", byName.get("consolidateActivities")));
        return new JobBuilder(JOB, repo)
                .flow(byName.get("campaigns"))
                .next(loads)
                .next(links)
                .next(byName.get("findFirstTouches"))
                .next(byName.get("decideStatuses"))
                .next(byName.get("findOutcomes"))
                .next(byName.get("computeFigures"))
                .next(byName.get("writeReports"))
                .end()
                .build();
    }

    private static Flow branch(String name, Step first, Step... then) {
        FlowBuilder<SimpleFlow> flow = new FlowBuilder<SimpleFlow>(name).start(first);
        for (Step step : then) {
            flow.next(step);
        }
        return flow.build();
    }

    private static Flow sideBySide(String name, Flow one, Flow other) {
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor(name + "-");
        threads.setConcurrencyLimit(2);
        return new FlowBuilder<SimpleFlow>(name).split(threads).add(one, other).build();
    }

    /** Static: a bean post-processor is created before the configuration that declares it. */
    @Bean
    public static ConnectionPoolSize connectionPoolSize(org.springframework.core.env.Environment env) {
        return new ConnectionPoolSize(env);
    }

    @Bean
    public Step campaigns(JobRepository repo, PlatformTransactionManager tm, CampaignRepository campaigns,
                          AuditSettings settings) {
        return tasklet("campaigns", repo, tm, (contribution, chunk) -> {
            List<CampaignRegister.Entry> entries = CampaignRegister.read(input(chunk), settings.campaignDefaults());
            campaigns.replaceCurrent(entries);
            long warnings = entries.stream().mapToLong(e -> e.warnings().size()).sum();
            StepCounts.record(chunk, entries.size(), entries.size(), 0, 0, warnings + " register warnings");
            return RepeatStatus.FINISHED;
        });
    }

    @Bean
    public Step importScans(JobRepository repo, PlatformTransactionManager tm, ScanImportService scans,
                            CampaignRepository campaigns, AuditSettings settings) {
        return tasklet("importScans", repo, tm, (contribution, chunk) -> {
            record(chunk, scans.importAll(input(chunk), campaigns.currentUnpurged(), settings.slashDateOrder()));
            return RepeatStatus.FINISHED;
        });
    }

    @Bean
    public Step importCrm(JobRepository repo, PlatformTransactionManager tm, CrmImportService crm,
                          AuditSettings settings) {
        return tasklet("importCrm", repo, tm, (contribution, chunk) -> {
            record(chunk, crm.importAll(input(chunk), settings.crmCountry(), settings.slashDateOrder()));
            return RepeatStatus.FINISHED;
        });
    }

    @Bean
    public Step consolidatePeople(JobRepository repo, PlatformTransactionManager tm, CrmRepository crm,
                                  AuditSettings settings) {
        return tasklet("consolidatePeople", repo, tm, (contribution, chunk) -> {
            record(chunk, crm.rebuildPeople(settings.crmZone().getId()), " CRM records");
            return RepeatStatus.FINISHED;
        });
    }

    @Bean
    public Step consolidateActivities(JobRepository repo, PlatformTransactionManager tm, CrmRepository crm,
                                      AuditSettings settings) {
        return tasklet("consolidateActivities", repo, tm, (contribution, chunk) -> {
            record(chunk, crm.rebuildActivities(settings.crmZone().getId()), " activities");
            return RepeatStatus.FINISHED;
        });
    }

    @Bean
    public Step buildLeads(JobRepository repo, PlatformTransactionManager tm, LeadRepository leads,
                           CampaignRepository campaigns) {
        return tasklet("buildLeads", repo, tm, (contribution, chunk) -> {
            LeadRepository.Result built = leads.rebuild();
            campaigns.fillDatesFromScans();
            int count = built.leads();
            StepCounts.record(chunk, count, built.rebuilt() ? count : 0, built.rebuilt() ? 0 : count, 0,
                    count + " leads" + (built.rebuilt() ? "" : " (scan files and register unchanged: kept)"));
            return RepeatStatus.FINISHED;
        });
    }

    @Bean
    public Step matchLeads(JobRepository repo, PlatformTransactionManager tm, MatchService matching) {
        return tasklet("matchLeads", repo, tm, (contribution, chunk) -> {
            MatchService.Counts c = matching.matchAll();
            int links = c.email() + c.phone() + c.name();
            StepCounts.record(chunk, 0, c.rematched() ? links : 0, c.rematched() ? 0 : links, 0,
                    "EMAIL " + c.email() + ", PHONE " + c.phone() + ", NAME " + c.name() + " lead-person links"
                            + (c.rematched() ? "" : " (leads and CRM unchanged: kept)"));
            return RepeatStatus.FINISHED;
        });
    }

    @Bean
    public Step findFirstTouches(JobRepository repo, PlatformTransactionManager tm, FollowUpRepository followUp,
                                 CampaignRepository campaigns, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        return tasklet("findFirstTouches", repo, tm, (contribution, chunk) -> {
            AsOf asOf = asOf(chunk);
            jdbc.query("SELECT code, time_zone FROM campaign WHERE in_input", rs -> {
                followUp.setAsOf(rs.getString(1), asOf.instantIn(ZoneId.of(rs.getString(2))));
            });
            int[] touches = followUp.findFirstTouches();
            StepCounts.record(chunk, touches[1], touches[0], 0, 0, touches[0] + " leads with a first touch ("
                    + touches[1] + " looked at)");
            return RepeatStatus.FINISHED;
        });
    }

    @Bean
    public JdbcCursorItemReader<LeadTiming> leadTimingReader(DataSource dataSource) {
        return new JdbcCursorItemReaderBuilder<LeadTiming>()
                .name("leadTimingReader")
                .dataSource(dataSource)
                .sql(com.leadaudit.followup.FollowUpRepository.READ_LEADS)
                .fetchSize(2000)
                // the set of leads to decide shrinks as statuses are written: a restart re-reads it from the start
                .saveState(false)
                .rowMapper((rs, i) -> {
                    TouchTime touch = null;
                    if (rs.getTimestamp(3) != null) {
                        touch = TouchTime.exact(rs.getTimestamp(3).toInstant());
                    } else if (rs.getDate(4) != null) {
                        touch = TouchTime.dateOnly(rs.getDate(4).toLocalDate());
                    }
                    return new LeadTiming(rs.getLong(1), rs.getTimestamp(2).toInstant(), touch,
                            ZoneId.of(rs.getString(5)), rs.getString(6), rs.getString(7),
                            rs.getTimestamp(8).toInstant());
                })
                .build();
    }

    @Bean
    public Step decideStatuses(JobRepository repo, PlatformTransactionManager tm,
                               JdbcCursorItemReader<LeadTiming> leadTimingReader, FollowUpRepository followUp) {
        StatusDecider decider = new StatusDecider();
        return new StepBuilder("decideStatuses", repo)
                .<LeadTiming, LeadDecision>chunk(2000)
                .transactionManager(tm)
                .reader(leadTimingReader)
                .processor(decider::decide)
                .writer(chunk -> followUp.writeDecisions(chunk.getItems()))
                .listener(listeners())
                // before the reader opens: it then reads only the leads the Java rules must decide
                .listener(new StepExecutionListener() {
                    @Override
                    public void beforeStep(StepExecution step) {
                        int refreshed = followUp.refreshUntouchedStatuses();
                        step.getExecutionContext().putString(StepCounts.DETAIL, refreshed
                                + " statuses of leads without a touch refreshed in SQL, the others decided one by one");
                    }

                    @Override
                    public ExitStatus afterStep(StepExecution step) {
                        if (step.getStatus() == BatchStatus.COMPLETED) {
                            followUp.analyseAfterManyDecisions(step.getWriteCount());
                        }
                        return null;
                    }
                })
                .build();
    }

    /** SPEC §14: each lead's outcome as of the as-of, after the statuses (the figures split outcomes by them). */
    @Bean
    public Step findOutcomes(JobRepository repo, PlatformTransactionManager tm, OutcomeRepository outcomes,
                             AuditSettings settings) {
        return tasklet("findOutcomes", repo, tm, (contribution, chunk) -> {
            OutcomeRepository.Found found = outcomes.findOutcomes(settings.crmZone().getId(),
                    settings.outcomeWindowDays());
            StepCounts.record(chunk, found.withOutcome(), found.changed(), 0, 0, found.withOutcome()
                    + " leads with an opportunity, " + found.changed() + " outcomes changed");
            return RepeatStatus.FINISHED;
        });
    }

    @Bean
    public Step computeFigures(JobRepository repo, PlatformTransactionManager tm, FiguresRepository figures) {
        return tasklet("computeFigures", repo, tm, (contribution, chunk) -> {
            var recorded = figures.record(asOf(chunk).canonical(), Instant.now());
            int campaigns = recorded.campaigns();
            StepCounts.record(chunk, campaigns, campaigns, 0, 0, campaigns + " campaigns, " + recorded.copied()
                    + " of them with leads unchanged since figures already stored (copied, not computed again)");
            return RepeatStatus.FINISHED;
        });
    }

    @Bean
    public Step writeReports(JobRepository repo, PlatformTransactionManager tm, ReportService reports) {
        return tasklet("writeReports", repo, tm, (contribution, chunk) -> {
            Map<String, Object> params = chunk.getStepContext().getJobParameters();
            var written = reports.writeAll(asOf(chunk), Path.of((String) params.get(REPORTS)),
                    Instant.parse((String) params.get(STARTED)));
            int count = written.paths().size();
            StepCounts.record(chunk, 0, count - written.kept(), written.kept(), 0, count + " workbooks, "
                    + written.kept() + " of them kept as an earlier run of this as-of wrote them (nothing they show changed), "
                    + written.copiedLeadSheets() + " with Leads and Action List copied from an earlier night's (same leads), "
                    + written.copiedWhole() + " copied whole from another folder's (same as-of, same content)");
            return RepeatStatus.FINISHED;
        });
    }

    /** Imports commit file by file in their own transactions, so they must not run inside the step's. */
    @Bean
    public TransactionTemplate transactionTemplate(PlatformTransactionManager tm) {
        TransactionTemplate template = new TransactionTemplate(tm);
        template.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        return template;
    }

    private Step tasklet(String name, JobRepository repo, PlatformTransactionManager tm, Tasklet tasklet) {
        return new StepBuilder(name, repo).tasklet(tasklet, tm).listener(listeners()).build();
    }

    /**
     * Every step's listeners, in the order their beforeStep runs: the log line, the test pause (when configured),
     * then the check that this run still holds its lock.
     */
    private StepExecutionListener listeners() {
        List<StepExecutionListener> all = new java.util.ArrayList<>();
        all.add(new StepLogger());
        if (pause != null) {
            all.add(pause);
        }
        all.add(new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution step) {
                lock.checkStillHeld();
            }
        });
        CompositeStepExecutionListener composite = new CompositeStepExecutionListener();
        composite.setListeners(all.toArray(StepExecutionListener[]::new));
        return composite;
    }

    private static Path input(ChunkContext chunk) {
        return Path.of((String) chunk.getStepContext().getJobParameters().get(INPUT));
    }

    private static AsOf asOf(ChunkContext chunk) {
        return AsOf.parse((String) chunk.getStepContext().getJobParameters().get(AS_OF), Instant.EPOCH);
    }

    private static void record(ChunkContext chunk, CrmRepository.Rebuilt built, String what) {
        long rows = built.rows();
        StepCounts.record(chunk, rows, built.rebuilt() ? rows : 0, built.rebuilt() ? 0 : rows, 0,
                rows + what + (built.rebuilt() ? "" : " (CRM files unchanged: kept)"));
    }

    private static void record(ChunkContext chunk, List<TableFileImporter.Result> results) {
        long rows = results.stream().mapToLong(TableFileImporter.Result::dataRows).sum();
        long rejectedRows = results.stream().mapToLong(TableFileImporter.Result::rejectedRows).sum();
        long skipped = results.stream().filter(r -> r.outcome() == TableFileImporter.Outcome.SKIPPED).count();
        long rejectedFiles = results.stream().filter(r -> r.outcome() == TableFileImporter.Outcome.REJECTED).count();
        StepCounts.record(chunk, rows, rows - rejectedRows, skipped, rejectedRows,
                results.size() + " files: " + skipped + " unchanged, " + rejectedFiles + " rejected");
    }
}
