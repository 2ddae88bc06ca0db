package com.leadaudit.run;

import com.leadaudit.campaign.CampaignRegister;
import com.leadaudit.campaign.CampaignRepository;
import com.leadaudit.crm.CrmImportService;
import com.leadaudit.crm.CrmRepository;
import com.leadaudit.figures.FiguresRepository;
import com.leadaudit.followup.AnalyseAfterDecisions;
import com.leadaudit.followup.FollowUpRepository;
import com.leadaudit.followup.LeadDecision;
import com.leadaudit.followup.LeadDecisionProcessor;
import com.leadaudit.followup.LeadTiming;
import com.leadaudit.io.PauseInsideStep;
import com.leadaudit.matching.MatchService;
import com.leadaudit.outcome.OutcomeRepository;
import com.leadaudit.report.ReportService;
import com.leadaudit.scan.LeadRepository;
import com.leadaudit.scan.ScanImportService;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.CompositeStepExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly audit job, read as its table of contents: the flow first, then one bean per step saying which service
 * does its work. Every step rebuilds what it owns from what the steps before it left in the database, so a restart
 * from any failed step (or a re-run of the same as-of) ends exactly as an uninterrupted run would (SPEC §11).
 */
@Configuration
public class AuditJobConfig {

    public static final String JOB = "nightlyAudit";

    /** The partitions of the status step, one per core of the machine this is built for (two). */
    private static final int STATUS_PARTITIONS = 2;
    /** The chunk step each partition of the status step runs (its executions: "decideStatusesOfRange:range0", …). */
    private static final String STATUS_PARTITION_STEP = "decideStatusesOfRange";
    private static final String FROM_ID = "fromId";
    private static final String TO_ID = "toId";

    private final RunLock lock;
    private final ObjectProvider<PauseBeforeStep> pause;

    public AuditJobConfig(RunLock lock, ObjectProvider<PauseBeforeStep> pause, Environment env) {
        this.lock = lock;
        this.pause = pause;
        String pauseInside = env.getProperty(PauseInsideStep.PROPERTY);
        if (pauseInside != null && !pauseInside.isBlank()) {
            PauseInsideStep.arm(pauseInside, Path.of(env.getProperty("leadaudit.data-dir", "data")));
        }
    }

    /**
     * Work that does not read what other work writes runs side by side, in two branches: on two cores the CRM steps
     * (one PostgreSQL backend busy, the JVM mostly idle) leave a core for the other branch. First the badge scans are
     * imported and merged into leads while the CRM exports are imported and their people consolidated, and beside that
     * the activities' winners picked (they read only the CRM files' rows); then the leads are matched to those people
     * while the activities are consolidated and linked to them; then the leads' outcomes are found (from the
     * opportunities) while their first touches are (from the activities). Outcomes read the leads, their matches and
     * the opportunities, never the activities, touches or statuses. After the status step they left a core idle for
     * half of the activities' consolidation (issue #17: 17 idle core-seconds in 21 s of a cold night); after the
     * matching they ran alone on one core for 4-7 s of every cold night of docs/benchmarks.md session 34, the matching
     * and the consolidation ending within seconds of each other. The two update lead_state one at a time
     * ({@code SideBySideWrites}). Picked inside the consolidation, the activities' winners left a core idle for 15 s
     * of its insert once the matching was done (issue #17, docs/benchmarks.md session 30). Each branch keeps its own
     * order; a failed step fails the job once both branches have stopped, and a restart runs only the steps that did
     * not complete.
     */
    @Bean
    public Job nightlyAudit(JobRepository repo, Step campaigns, Step importScans, Step buildLeads, Step importCrm,
                            Step consolidatePeople, Step pickActivityWinners, Step matchLeads,
                            Step consolidateActivities,
                            Step findFirstTouches, Step refreshStatuses, Step decideStatuses, Step findOutcomes,
                            Step computeFigures, Step writeReports) {
        Flow loads = sideBySide("loads",
                branch("scanBranch", importScans, buildLeads),
                new FlowBuilder<SimpleFlow>("crmBranch").start(importCrm)
                        .next(sideBySide("crmSets", branch("peopleBranch", consolidatePeople),
                                branch("winnerBranch", pickActivityWinners)))
                        .build());
        Flow links = sideBySide("links", branch("matchBranch", matchLeads),
                branch("activityBranch", consolidateActivities));
        Flow tail = sideBySide("tail", branch("outcomeBranch", findOutcomes),
                branch("touchBranch", findFirstTouches));
        return new JobBuilder(JOB, repo)
                .flow(campaigns)
                .next(loads)
                .next(links)
                .next(tail)
                .next(refreshStatuses)
                .next(decideStatuses)
                .next(computeFigures)
                .next(writeReports)
                .end()
                .build();
    }

    // --- the steps, in the order they run

    /** SPEC §3: the campaign register, read whole each night, and SPEC §8: each campaign's as-of instant. */
    @Bean
    public Step campaigns(JobRepository repo, PlatformTransactionManager tm, CampaignRepository campaigns,
                          AuditSettings settings) {
        return step("campaigns", repo, tm, run -> {
            List<CampaignRegister.Entry> entries = CampaignRegister.read(run.input(), settings.campaignDefaults());
            campaigns.replaceCurrent(entries);
            campaigns.setAsOf(run.auditDate());
            return StepResult.register(entries);
        });
    }

    /** SPEC §4–§5: badge-scan files, file by file, each in its own transaction. */
    @Bean
    public Step importScans(JobRepository repo, PlatformTransactionManager tm, ScanImportService scans,
                            CampaignRepository campaigns, AuditSettings settings) {
        return step("importScans", repo, tm, run -> StepResult.imported(
                scans.importAll(run.input(), campaigns.currentUnpurged(), settings.slashDateOrder())));
    }

    /** SPEC §5: scans merged into leads; the campaigns' dates filled from their scans where the register has none. */
    @Bean
    public Step buildLeads(JobRepository repo, PlatformTransactionManager tm, LeadRepository leads,
                           CampaignRepository campaigns) {
        return step("buildLeads", repo, tm, run -> {
            LeadRepository.Result built = leads.rebuild();
            campaigns.fillDatesFromScans();
            return StepResult.leads(built);
        });
    }

    /** SPEC §4, §6–§7, §14: CRM exports, file by file. */
    @Bean
    public Step importCrm(JobRepository repo, PlatformTransactionManager tm, CrmImportService crm,
                          AuditSettings settings) {
        return step("importCrm", repo, tm, run -> StepResult.imported(
                crm.importAll(run.input(), settings.crmCountry(), settings.slashDateOrder())));
    }

    /** SPEC §6: one person per CRM record, newest export row winning. */
    @Bean
    public Step consolidatePeople(JobRepository repo, PlatformTransactionManager tm, CrmRepository crm,
                                  AuditSettings settings) {
        return step("consolidatePeople", repo, tm, run ->
                StepResult.rebuilt(crm.rebuildPeople(settings.crmZone().getId()), " CRM records",
                        "their CRM files and owners unchanged"));
    }

    /**
     * SPEC §7: the newest staging row of each activity id, for consolidateActivities, picked beside the people's
     * consolidation when a full consolidation lies ahead (they depend on the CRM files alone).
     */
    @Bean
    public Step pickActivityWinners(JobRepository repo, PlatformTransactionManager tm, CrmRepository crm,
                                    AuditSettings settings) {
        return step("pickActivityWinners", repo, tm, run ->
                StepResult.winners(crm.pickActivityWinners(settings.crmZone().getId())));
    }

    /** SPEC §6: leads matched to CRM people (EMAIL, then PHONE, then NAME). */
    @Bean
    public Step matchLeads(JobRepository repo, PlatformTransactionManager tm, MatchService matching) {
        return step("matchLeads", repo, tm, run -> StepResult.matches(matching.matchAll()));
    }

    /** SPEC §7: one activity per CRM record, linked to its people. */
    @Bean
    public Step consolidateActivities(JobRepository repo, PlatformTransactionManager tm, CrmRepository crm,
                                      AuditSettings settings) {
        return step("consolidateActivities", repo, tm, run ->
                StepResult.rebuilt(crm.rebuildActivities(settings.crmZone().getId()), " activities",
                        "CRM files unchanged"));
    }

    /**
     * SPEC §14: each lead's outcome as of its campaign's as-of instant (set by the campaigns step, and again here as
     * in the first-touch step beside it: see {@link CampaignRepository#setAsOf}).
     */
    @Bean
    public Step findOutcomes(JobRepository repo, PlatformTransactionManager tm, OutcomeRepository outcomes,
                             CampaignRepository campaigns, AuditSettings settings) {
        return step("findOutcomes", repo, tm, run -> {
            campaigns.setAsOf(run.auditDate());
            return StepResult.outcomes(outcomes.findOutcomes(settings.crmZone().getId(), settings.outcomeWindowDays()));
        });
    }

    /** SPEC §7–§8: each campaign's as-of instant, then each lead's first touch up to it. */
    @Bean
    public Step findFirstTouches(JobRepository repo, PlatformTransactionManager tm, FollowUpRepository followUp,
                                 CampaignRepository campaigns) {
        return step("findFirstTouches", repo, tm, run -> {
            campaigns.setAsOf(run.auditDate());
            return StepResult.touches(followUp.findFirstTouches());
        });
    }

    /**
     * SPEC §8 for leads without a touch whose deadline is known: OPEN or OVERDUE by the as-of, in SQL, before the
     * status step reads the leads it must decide one by one.
     */
    @Bean
    public Step refreshStatuses(JobRepository repo, PlatformTransactionManager tm, FollowUpRepository followUp) {
        return step("refreshStatuses", repo, tm, run -> StepResult.refreshed(followUp.refreshUntouchedStatuses()));
    }

    /** The leads of one partition of {@link #decideStatuses}: the ids its partitioner put in its context. */
    @Bean
    @StepScope
    public JdbcCursorItemReader<LeadTiming> leadTimingReader(DataSource dataSource,
            @Value("#{stepExecutionContext['" + FROM_ID + "']}") Long fromId,
            @Value("#{stepExecutionContext['" + TO_ID + "']}") Long toId) {
        return new JdbcCursorItemReaderBuilder<LeadTiming>()
                .name("leadTimingReader")
                .dataSource(dataSource)
                .sql(FollowUpRepository.READ_LEADS)
                .preparedStatementSetter(ps -> {
                    ps.setLong(1, fromId);
                    ps.setLong(2, toId);
                })
                .fetchSize(2000)
                // the set of leads to decide shrinks as statuses are written: a restart re-reads it from the start
                .saveState(false)
                .rowMapper(FollowUpRepository.LEAD_TIMING)
                .build();
    }

    /**
     * SPEC §8: every other lead's deadline, status and hours to first touch, decided in Java, in two partitions of
     * the leads' ids side by side. The cost of this step is PostgreSQL rewriting each decided lead's row; one
     * partition left one of two cores idle for the whole step (a first night decides every lead). A restart runs
     * again the partitions that did not complete. The log line and the counts are the step's, summed over them.
     */
    @Bean
    public Step decideStatuses(JobRepository repo, Step decideStatusesOfRange, FollowUpRepository followUp) {
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("decideStatuses-");
        threads.setConcurrencyLimit(STATUS_PARTITIONS);
        return new StepBuilder("decideStatuses", repo)
                .partitioner(STATUS_PARTITION_STEP, parts -> {
                    Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
                    for (long[] range : followUp.leadIdRanges(parts)) {
                        ExecutionContext context = new ExecutionContext();
                        context.putLong(FROM_ID, range[0]);
                        context.putLong(TO_ID, range[1]);
                        contexts.put("range" + contexts.size(), context);
                    }
                    return contexts;
                })
                .step(decideStatusesOfRange)
                .gridSize(STATUS_PARTITIONS)
                .taskExecutor(threads)
                .listener(listeners(new StepLogger(STATUS_PARTITION_STEP)))
                .listener(new AnalyseAfterDecisions(followUp))
                .build();
    }

    /** One partition of {@link #decideStatuses}: 2,000 leads a chunk, each chunk in its own transaction. */
    @Bean
    public Step decideStatusesOfRange(JobRepository repo, PlatformTransactionManager tm,
                                      JdbcCursorItemReader<LeadTiming> leadTimingReader, FollowUpRepository followUp) {
        return new StepBuilder(STATUS_PARTITION_STEP, repo)
                .<LeadTiming, LeadDecision>chunk(2000)
                .transactionManager(tm)
                .reader(leadTimingReader)
                .processor(new LeadDecisionProcessor())
                .writer(chunk -> followUp.writeDecisions(chunk.getItems()))
                .listener(lockStillHeld())
                .listener(new ChunkListener<LeadTiming, LeadDecision>() {
                    @Override
                    public void afterChunk(Chunk<LeadDecision> chunk) {
                        PauseInsideStep.reached("decideStatuses"); // a chunk of decisions written, maybe not all
                    }
                })
                .build();
    }

    /** SPEC §9–§10: each campaign's figures for the as-of, kept for the trend. */
    @Bean
    public Step computeFigures(JobRepository repo, PlatformTransactionManager tm, FiguresRepository figures) {
        return step("computeFigures", repo, tm, run ->
                StepResult.figures(figures.record(run.auditDate().canonical(), Instant.now())));
    }

    /** SPEC §9–§10: a workbook per campaign and the portfolio. */
    @Bean
    public Step writeReports(JobRepository repo, PlatformTransactionManager tm, ReportService reports) {
        return step("writeReports", repo, tm, run ->
                StepResult.workbooks(reports.writeAll(run.auditDate(), run.reports(), run.startedAt())));
    }

    /** Test-only: holds the run before one step (see {@link PauseBeforeStep}); absent unless the property is set. */
    @Bean
    @ConditionalOnProperty(PauseBeforeStep.PROPERTY)
    PauseBeforeStep pauseBeforeStep(Environment env) {
        return new PauseBeforeStep(env.getProperty(PauseBeforeStep.PROPERTY),
                Path.of(env.getProperty("leadaudit.data-dir", "data")));
    }

    // --- how a step is put together

    /**
     * A tasklet step whose work reads the run's parameters and says what it did. The test hook's last point inside
     * the step comes after its work, before its transaction commits.
     */
    private Step step(String name, JobRepository repo, PlatformTransactionManager tm,
                      Function<RunParameters, StepResult> work) {
        Tasklet tasklet = (contribution, chunk) -> {
            StepExecution execution = chunk.getStepContext().getStepExecution();
            work.apply(RunParameters.of(execution.getJobParameters())).recordIn(execution);
            PauseInsideStep.reached(name);
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder(name, repo).tasklet(tasklet, tm).listener(listeners()).build();
    }

    /**
     * Every step's listeners, in the order their beforeStep runs: the log line, the test pause (when configured),
     * then the check that this run still holds its lock.
     */
    private StepExecutionListener listeners() {
        return listeners(new StepLogger());
    }

    private StepExecutionListener listeners(StepLogger logger) {
        List<StepExecutionListener> all = new ArrayList<>();
        all.add(logger);
        pause.ifAvailable(all::add);
        all.add(lockStillHeld());
        CompositeStepExecutionListener composite = new CompositeStepExecutionListener();
        composite.setListeners(all.toArray(StepExecutionListener[]::new));
        return composite;
    }

    /** Before a step (or a partition of one) starts: this run must still hold its lock. */
    private StepExecutionListener lockStillHeld() {
        return new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution step) {
                lock.checkStillHeld();
            }
        };
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
}
