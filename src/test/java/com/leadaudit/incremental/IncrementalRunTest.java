package com.leadaudit.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.AuditDatabase;
import com.leadaudit.AuditTest;
import com.leadaudit.run.RunParameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs that skip work (unchanged inputs: consolidation, lead build and matching kept; a later as-of: only leads
 * without a touch searched, only leads needing it decided) end exactly where a run from an empty database ends, over
 * the sample input (four campaigns, Salesforce and HubSpot): leads, matches, touches, deadlines, statuses and figures.
 */
@AuditTest
class IncrementalRunTest {

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    private long run;
    private JobExecution last;

    @Test
    void aLaterAsOfOverUnchangedInputsEqualsAFreshRun() throws Exception {
        Path input = copySample();
        audit(input, "2026-10-20");
        audit(input, "2026-10-27");
        long touchedBefore = jdbc.queryForObject("SELECT count(*) FROM lead_with_state WHERE first_touch_id IS NOT NULL",
                Long.class);
        List<Map<String, Object>> incremental = state("2026-10-30", input);
        assertThat(stepDetail("consolidatePeople")).contains("kept");
        assertThat(stepDetail("consolidateActivities")).contains("kept");
        assertThat(stepDetail("pickActivityWinners")).startsWith("none picked");
        assertThat(stepDetail("buildLeads")).contains("kept");
        assertThat(stepDetail("matchLeads")).contains("kept");
        long leads = jdbc.queryForObject("SELECT count(*) FROM lead_with_state", Long.class);
        long withTouch = jdbc.queryForObject("SELECT count(*) FROM lead_with_state WHERE first_touch_id IS NOT NULL", Long.class);
        assertThat(lookedAt()).as("only leads without a touch are searched again").isLessThan(leads);
        assertThat(lastRead("decideStatuses")).as("only leads that need it are decided again").isLessThan(leads);
        assertThat(withTouch).as("the search from activities since the last as-of found new touches")
                .isGreaterThan(touchedBefore);
        assertThat(Long.parseLong(stepDetail("refreshStatuses").replaceAll("^(\\d+) statuses.*", "$1")))
                .as("untouched leads whose deadline passed turned OVERDUE in SQL").isPositive();

        assertEqualsAFreshRun("2026-10-30", input, incremental);
        assertThat(lookedAt()).isEqualTo(leads);
        assertThat(withTouch).isPositive();
    }

    /**
     * A re-run of the night (same as-of, same inputs) has nothing as-of-dependent to redo: no lead is searched for a
     * touch, no campaign's untouched statuses are refreshed and no campaign's outcomes are chosen again, and the
     * result still equals a run from an empty database.
     */
    @Test
    void aReRunOfTheSameAsOfRedoesNoAsOfWorkAndEqualsAFreshRun() throws Exception {
        Path input = copySample();
        audit(input, "2026-10-20");
        audit(input, "2026-10-27");
        int campaigns = jdbc.queryForObject("SELECT count(*)::int FROM campaign", Integer.class);
        assertThat(campaigns).isGreaterThan(1);
        assertThat(stepDetail("refreshStatuses")).endsWith("(" + campaigns + " of " + campaigns
                + " campaigns had a new as-of)");
        assertThat(stepDetail("findOutcomes")).as("the as-of moved on: only candidates it can change are looked at")
                .contains("every one of 0 campaigns, those a later as-of can change in " + campaigns + ", none in the "
                        + "other 0)");
        long withOutcome = withOutcome();
        assertThat(withOutcome).as("the sample has leads with an opportunity").isPositive();

        List<Map<String, Object>> incremental = state("2026-10-27", input);
        assertThat(stepDetail("findFirstTouches")).isEqualTo("0 leads whose first touch was found or changed (0 looked at)");
        assertThat(stepDetail("refreshStatuses")).isEqualTo("0 statuses of leads without a touch changed with the "
                + "as-of (0 of " + campaigns + " campaigns had a new as-of)");
        assertThat(stepDetail("findOutcomes")).isEqualTo(withOutcome + " leads with an opportunity, 0 outcomes "
                + "changed (0 leads looked at: every one of 0 campaigns, those a later as-of can change in 0, none in "
                + "the other " + campaigns + ")");
        assertThat(lastRead("decideStatuses")).isZero();

        assertEqualsAFreshRun("2026-10-27", input, incremental);
        assertThat(withOutcome()).as("leads with an opportunity, counted afresh").isEqualTo(withOutcome);
    }

    /**
     * A month after Hannover Messe its opportunities are created and closed between two as-ofs: the later night looks
     * only at the leads whose candidates were created or closed in between, and ends where a run from an empty
     * database ends (outcome, amount, state of every lead).
     */
    @Test
    void outcomesOfALaterAsOfLookOnlyAtLeadsTheMoveCanChangeAndEqualAFreshRun() throws Exception {
        Path input = copySample();
        audit(input, "2026-05-04");
        long withBefore = withOutcome();
        long wonBefore = jdbc.queryForObject("SELECT count(*) FROM lead_with_state WHERE outcome_state = 'WON'", Long.class);
        List<Map<String, Object>> incremental = state("2026-06-03", input);
        int campaigns = jdbc.queryForObject("SELECT count(*)::int FROM campaign", Integer.class);
        String detail = stepDetail("findOutcomes");
        assertThat(detail).contains("every one of 0 campaigns, those a later as-of can change in " + campaigns);
        long lookedAt = Long.parseLong(detail.replaceAll(".*\\((\\d+) leads looked at.*", "$1"));
        long candidates = jdbc.queryForObject("SELECT count(DISTINCT lead_id) FROM outcome_candidate", Long.class);
        assertThat(lookedAt).as("opportunities created or closed in May").isPositive().isLessThan(candidates);
        assertThat(withOutcome()).as("opportunities created since count now").isGreaterThan(withBefore);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM lead_with_state WHERE outcome_state = 'WON'", Long.class))
                .as("deals closed since are won now").isGreaterThan(wonBefore);

        assertEqualsAFreshRun("2026-06-03", input, incremental);
        assertThat(withOutcome()).isEqualTo(jdbc.queryForObject(
                "SELECT count(*) FROM lead_with_state WHERE outcome_id IS NOT NULL", Long.class));
    }

    /**
     * A night run in between by a build that keeps no per-campaign as-of records (an older release, for 2026-05-04)
     * leaves this build's records of 2026-06-03 in place, though statuses and outcomes are now 2026-05-04's. The next
     * run of 2026-06-03 must not trust them: the last night was another as-of, so it refreshes and chooses in full,
     * and ends where a run from an empty database ends.
     */
    @Test
    void aNightOfAnotherBuildInBetweenMakesTheAsOfWorkRunInFull() throws Exception {
        Path input = copySample();
        audit(input, "2026-06-03");
        String records = "SELECT name, fingerprint, counts::text AS counts FROM derived_state "
                + "WHERE name LIKE 'outcomes:%' OR name LIKE 'statuses-refreshed:%' ORDER BY name";
        List<Map<String, Object>> recorded = jdbc.queryForList(records);
        assertThat(recorded).isNotEmpty();
        audit(input, "2026-05-04");
        for (Map<String, Object> row : recorded) {  // as the older build leaves them: untouched
            jdbc.update("UPDATE derived_state SET fingerprint = ?, counts = ?::bigint[] WHERE name = ?",
                    row.get("fingerprint"), row.get("counts"), row.get("name"));
        }
        assertThat(jdbc.queryForList(records)).isEqualTo(recorded);

        List<Map<String, Object>> incremental = state("2026-06-03", input);
        int campaigns = jdbc.queryForObject("SELECT count(*)::int FROM campaign", Integer.class);
        assertThat(stepDetail("refreshStatuses")).endsWith("(" + campaigns + " of " + campaigns
                + " campaigns had a new as-of)");
        assertThat(stepDetail("findOutcomes")).contains("every one of " + campaigns + " campaigns");

        assertEqualsAFreshRun("2026-06-03", input, incremental);
    }

    @Test
    void anEarlierAsOfAfterALaterOneEqualsAFreshRun() throws Exception {
        Path input = copySample();
        audit(input, "2026-10-30");
        List<Map<String, Object>> incremental = state("2026-10-16", input);

        assertEqualsAFreshRun("2026-10-16", input, incremental);
    }

    @Test
    void changedSlaRulesAndCrmFilesEqualAFreshRun() throws Exception {
        Path input = copySample();
        audit(input, "2026-10-30");
        Path register = input.resolve("campaigns.csv");
        Files.writeString(register, Files.readString(register).replace(",48h,", ",24h,").replace(",5bd,", ",3bd,"));
        Path hubspotCalls;
        try (Stream<Path> files = Files.list(input.resolve("crm"))) {
            hubspotCalls = files.filter(p -> p.getFileName().toString().contains("calls")).findFirst().orElseThrow();
        }
        List<String> lines = Files.readAllLines(hubspotCalls);
        Files.write(hubspotCalls, lines.subList(0, lines.size() / 2));  // a changed export: half the calls gone
        List<Map<String, Object>> incremental = state("2026-10-31", input);
        assertThat(stepDetail("consolidatePeople")).as("a calls export holds no people").contains("kept");
        assertThat(stepDetail("consolidateActivities")).doesNotContain("kept");
        for (String staging : List.of("scan", "crm_person_row", "crm_account_row", "crm_user_row", "activity_row")) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM " + staging + " r WHERE NOT EXISTS "
                    + "(SELECT 1 FROM source_file f WHERE f.id = r.file_id)", Long.class))
                    .as("rows of %s left behind by a replaced file", staging).isZero();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM activity_row r JOIN source_file f ON f.id = r.file_id "
                + "WHERE f.path LIKE '%calls%'", Long.class)).as("the changed export's rows, once").isPositive()
                .isLessThan(lines.size() - 1L);

        assertEqualsAFreshRun("2026-10-31", input, incremental);
    }

    /**
     * A late device export in one campaign (re-scans of people it already has, a new person) rebuilds that campaign's
     * leads and matches and finds its touches again; every other campaign keeps its lead rows (same ids) and its lead
     * version, so its figures and workbook are kept. The result equals a run from an empty database.
     */
    @Test
    void aNewBadgeFileRebuildsOnlyItsCampaignsLeadsAndEqualsAFreshRun() throws Exception {
        Path input = copySample();
        audit(input, "2026-10-30");
        String others = """
                SELECT c.code, c.lead_version, count(l.id) AS leads, min(l.id) AS first_id, max(l.id) AS last_id,
                       count(lp.lead_id) AS links
                FROM campaign c LEFT JOIN lead_with_state l ON l.campaign_code = c.code
                LEFT JOIN lead_person lp ON lp.lead_id = l.id
                WHERE c.code <> 'dreamforce-2026' GROUP BY c.code, c.lead_version ORDER BY c.code""";
        List<Map<String, Object>> before = jdbc.queryForList(others);
        long dreamforceVersion = jdbc.queryForObject(
                "SELECT lead_version FROM campaign WHERE code = 'dreamforce-2026'", Long.class);
        Path export = input.resolve("badge-scans/dreamforce-2026/Dreamforce2026_Leads_Validar.csv");
        List<String> lines = Files.readAllLines(export);
        List<String> late = new java.util.ArrayList<>(lines.subList(0, 4));
        late.add("Nadia,Okafor,VP Sales,Brightline Logistics,nadia.okafor@brightline.example,United States,"
                + "+1 415 555 0142,10/15/2026,4:40 PM,Marcus Lee,5,Met at the late session");
        Files.write(export.resolveSibling("Dreamforce2026_Leads_Validar_device-7.csv"), late);

        List<Map<String, Object>> incremental = state("2026-10-30", input);

        assertThat(stepDetail("buildLeads")).contains("the leads of 1 of 4 campaigns rebuilt");
        assertThat(jdbc.queryForList(others)).as("the other campaigns' leads, matches and versions").isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT lead_version FROM campaign WHERE code = 'dreamforce-2026'", Long.class))
                .isGreaterThan(dreamforceVersion);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM lead_with_state WHERE email_norm = 'nadia.okafor@brightline.example'",
                Long.class)).isOne();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM lead_with_state WHERE campaign_code = 'dreamforce-2026' AND scans > 1",
                Long.class)).as("the re-scans merged into their leads").isGreaterThanOrEqualTo(3);

        assertEqualsAFreshRun("2026-10-30", input, incremental);
    }

    /**
     * A nightly task export (activities only, owners already known) keeps the people and every campaign's matches and
     * consolidates the activities again; one that names an owner no export named before builds the people again (the
     * owners are part of them). Each night equals a run from an empty database.
     */
    @Test
    void aTaskExportKeepsThePeopleUnlessItNamesANewOwnerAndEqualsAFreshRun() throws Exception {
        Path input = copySample();
        audit(input, "2026-10-30");
        List<String> tasks = Files.readAllLines(input.resolve("crm/Task.csv"));
        List<String> delta = new java.util.ArrayList<>(List.of(tasks.get(0)));
        delta.addAll(tasks.subList(tasks.size() - 20, tasks.size()));
        Files.write(input.resolve("crm/Task_delta_2026-10-31.csv"), delta);

        List<Map<String, Object>> incremental = state("2026-10-31", input);

        assertThat(stepDetail("importCrm")).startsWith("15 files: 14 unchanged");
        assertThat(stepDetail("consolidatePeople")).contains("kept");
        assertThat(stepDetail("matchLeads")).contains("kept");
        assertThat(stepDetail("consolidateActivities")).doesNotContain("kept")
                .contains("20 ids of 1 new CRM file consolidated");
        assertThat(stepDetail("pickActivityWinners")).as("appended, not consolidated in full")
                .startsWith("none picked");
        assertEqualsAFreshRun("2026-10-31", input, incremental);

        String newOwner = "005Wd0000004T99IAE";
        assertThat(String.join("\n", tasks)).doesNotContain(newOwner);
        Files.write(input.resolve("crm/Task_delta_2026-11-01.csv"), List.of(tasks.get(0),
                tasks.get(1).replace("005Wd0000004T01IAE", newOwner).replace("00TWd00000Co001MAB", "00TWd00000Co901MAB")));
        incremental = state("2026-11-01", input);
        assertThat(stepDetail("consolidatePeople")).doesNotContain("kept");
        assertThat(stepDetail("consolidateActivities")).as("the people changed: every activity linked again")
                .doesNotContain("new CRM file");
        assertThat(stepDetail("pickActivityWinners")).matches("\\d+ activity winners picked .*");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM crm_owner WHERE owner_key LIKE ?", Long.class,
                "%" + newOwner.substring(0, 15) + "%")).isOne();
        assertEqualsAFreshRun("2026-11-01", input, incremental);
    }

    /**
     * A delta export that changes activities consolidated before is applied on its own, as a rebuild would apply it:
     * a first touch that is no longer done gives way to the lead's next one, and a new activity at the very time of
     * another lead's first touch wins the tie when its CRM id comes first in a full consolidation's order, although it
     * is numbered after every other activity. Each equals a run from an empty database.
     */
    @Test
    void aDeltaExportThatChangesActivitiesMovesFirstTouchesAsAFreshRunWould() throws Exception {
        Path input = copySample();
        audit(input, "2026-10-30");
        List<String> tasks = Files.readAllLines(input.resolve("crm/Task.csv"));
        List<Map<String, Object>> touched = jdbc.queryForList("""
                SELECT l.id, a.crm_id, l.first_touch_by FROM lead_with_state l JOIN activity a ON a.id = l.first_touch_id
                WHERE a.crm_id LIKE 'SALESFORCE:00T%' ORDER BY l.campaign_code, l.lead_key""");
        // lead id, the activity's 15-character id (as consolidated), its line in the file (18 characters)
        List<String[]> found = new java.util.ArrayList<>();
        for (Map<String, Object> lead : touched) {
            String id = ((String) lead.get("crm_id")).substring("SALESFORCE:".length());
            tasks.stream().filter(line -> line.startsWith(id) && line.indexOf(',') == 18
                            && line.contains(",Completed,")).findFirst()
                    .filter(line -> found.stream().noneMatch(f -> f[1].equals(id)))
                    .ifPresent(line -> found.add(new String[] {lead.get("id").toString(), id, line}));
        }
        assertThat(found).as("leads whose first touch is a task of Task.csv").hasSizeGreaterThanOrEqualTo(2);
        String[] undone = found.get(0);
        String[] tied = found.get(1);
        String owner = tied[2].split(",")[8];
        String otherOwner = tasks.stream().skip(1).map(line -> line.split(",")[8]).filter(o -> !o.equals(owner))
                .findFirst().orElseThrow();
        String newId = java.util.stream.IntStream.range(10, 100).mapToObj(n -> "00TWd00000Co9" + n)
                .filter(id -> jdbc.queryForObject("SELECT hashtext(?) < hashtext(?)", Boolean.class,
                        "SALESFORCE:" + id, "SALESFORCE:" + tied[1]))
                .findFirst().orElseThrow();
        Files.write(input.resolve("crm/Task_delta_2026-10-31.csv"), List.of(tasks.get(0),
                undone[2].replace(",Completed,", ",Not Started,"),
                tied[2].replace(tied[2].substring(0, 19), newId + "MAB,").replace("," + owner + ",", "," + otherOwner + ",")));
        Object undoneTouch = jdbc.queryForObject("SELECT first_touch_id FROM lead_with_state WHERE id = ?", Object.class,
                Long.parseLong(undone[0]));

        List<Map<String, Object>> incremental = state("2026-10-31", input);

        assertThat(stepDetail("consolidatePeople")).contains("kept");
        assertThat(stepDetail("consolidateActivities")).contains("2 ids of 1 new CRM file consolidated");
        long leads = jdbc.queryForObject("SELECT count(*) FROM lead_with_state", Long.class);
        assertThat(lookedAt()).as("only the leads of the two tasks' people searched in full, and the untouched")
                .isLessThan(leads / 2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM activity WHERE crm_id = ?", Long.class,
                "SALESFORCE:" + undone[1])).as("a task no longer done is no touch").isZero();
        assertThat(jdbc.queryForObject("SELECT first_touch_id FROM lead_with_state WHERE id = ?", Object.class,
                Long.parseLong(undone[0]))).isNotEqualTo(undoneTouch);
        assertThat(jdbc.queryForObject("""
                SELECT a.crm_id FROM lead_with_state l JOIN activity a ON a.id = l.first_touch_id WHERE l.id = ?""", String.class,
                Long.parseLong(tied[0]))).as("the tie goes to the id a full consolidation numbers first")
                .isEqualTo("SALESFORCE:" + newId);
        assertThat(jdbc.queryForObject("SELECT id FROM activity WHERE crm_id = ?", Long.class, "SALESFORCE:" + newId))
                .as("numbered after every other activity").isEqualTo(
                        jdbc.queryForObject("SELECT max(id) FROM activity", Long.class));
        assertEqualsAFreshRun("2026-10-31", input, incremental);
    }

    /**
     * A changed opportunity export keeps the people and the matches but chooses the outcome candidates again: the
     * amount shown is the new one, as in a run from an empty database.
     */
    @Test
    void aChangedOpportunityExportKeepsTheMatchesAndRebuildsTheCandidatesAndEqualsAFreshRun() throws Exception {
        Path input = copySample();
        audit(input, "2026-10-30");
        Map<String, Object> outcome = jdbc.queryForMap("""
                SELECT substr(outcome_id, length('SALESFORCE:') + 1) AS id, outcome_amount FROM lead_with_state
                WHERE outcome_id LIKE 'SALESFORCE:006%' AND outcome_amount > 0 ORDER BY id LIMIT 1""");
        String won = (String) outcome.get("id");  // the 15-character form, which the export's 18-character id starts with
        String amount = ((java.math.BigDecimal) outcome.get("outcome_amount")).stripTrailingZeros().toPlainString();
        Path opportunities = input.resolve("crm/Opportunity.csv");
        List<String> lines = Files.readAllLines(opportunities);
        List<String> changed = lines.stream()
                .map(line -> line.startsWith(won) ? line.replace("," + amount + ",", ",7500,") : line)
                .toList();
        assertThat(changed).as("%s", outcome).isNotEqualTo(lines);
        Files.write(opportunities, changed);

        List<Map<String, Object>> incremental = state("2026-10-31", input);

        assertThat(stepDetail("consolidatePeople")).contains("kept");
        assertThat(stepDetail("matchLeads")).contains("kept");
        assertThat(jdbc.queryForObject("SELECT DISTINCT outcome_amount FROM lead_with_state WHERE outcome_id = 'SALESFORCE:' || ?",
                java.math.BigDecimal.class, won)).isEqualByComparingTo("7500");
        assertEqualsAFreshRun("2026-10-31", input, incremental);
    }

    /**
     * New CRM exports match every lead again, and most leads find what they found before: only the lead whose contact
     * left the export is written (its campaign gets a new lead version, the others keep theirs, so their workbooks'
     * Leads sheets stay as they are), and the night equals a run from an empty database.
     */
    @Test
    void leadsMatchedAgainToWhatTheyHadAreNotWrittenAndEqualAFreshRun() throws Exception {
        Path input = copySample();
        audit(input, "2026-10-30");
        Map<String, Object> lost = jdbc.queryForMap("""
                SELECT l.id, l.campaign_code, substr(p.crm_id, length('SALESFORCE:') + 1) AS contact_id
                FROM lead_with_state l JOIN lead_person lp ON lp.lead_id = l.id JOIN person p ON p.person_key = lp.person_key
                WHERE p.crm_id LIKE 'SALESFORCE:003%' AND l.match_tier = 'EMAIL'
                  AND (SELECT count(*) FROM lead_person o WHERE o.lead_id = l.id) = 1
                  AND (SELECT count(*) FROM lead_person o WHERE o.person_key = p.person_key) = 1
                ORDER BY l.id LIMIT 1""");
        String versions = "SELECT code, lead_version FROM campaign WHERE code <> ? ORDER BY code";
        List<Map<String, Object>> othersBefore = jdbc.queryForList(versions, lost.get("campaign_code"));
        long versionBefore = jdbc.queryForObject("SELECT lead_version FROM campaign WHERE code = ?", Long.class,
                lost.get("campaign_code"));
        Path contacts = input.resolve("crm/Contact.csv");
        List<String> lines = Files.readAllLines(contacts);
        List<String> kept = lines.stream().filter(line -> !line.contains((String) lost.get("contact_id"))).toList();
        assertThat(kept).hasSize(lines.size() - 1);
        Files.write(contacts, kept);

        List<Map<String, Object>> incremental = state("2026-10-30", input);

        assertThat(stepDetail("matchLeads")).doesNotContain("kept");
        assertThat(jdbc.queryForList(versions, lost.get("campaign_code"))).as("no lead of the other campaigns written")
                .isEqualTo(othersBefore);
        assertThat(jdbc.queryForObject("SELECT lead_version FROM campaign WHERE code = ?", Long.class,
                lost.get("campaign_code"))).isGreaterThan(versionBefore);
        assertThat(jdbc.queryForObject("SELECT match_tier FROM lead_with_state WHERE id = ?", String.class, lost.get("id")))
                .as("the lead whose contact left the export").isNull();
        assertEqualsAFreshRun("2026-10-30", input, incremental);
    }

    /**
     * Hannover Messe and Web Summit, the campaigns holding the highest lead ids, are rebuilt (their register end dates
     * changed): Hannover Messe's new leads take the ids its earlier leads had, so the outcome candidates of those
     * leads must go because of their campaign, not only as candidates of leads that are gone. The night equals a run
     * from an empty database, candidates included.
     */
    @Test
    void rebuiltLeadsThatTakeTheirEarlierIdsKeepNoEarlierCandidatesAndEqualAFreshRun() throws Exception {
        Path input = copySample();
        audit(input, "2026-11-20");
        assertThat(jdbc.queryForList("SELECT campaign_code FROM lead_with_state GROUP BY campaign_code ORDER BY max(id) DESC LIMIT 2",
                String.class)).containsExactly("web-summit-2026", "hannover-messe-2026");
        String ids = "SELECT min(id) || '-' || max(id) FROM lead_with_state WHERE campaign_code = 'hannover-messe-2026'";
        String idsBefore = jdbc.queryForObject(ids, String.class);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM outcome_candidate k JOIN lead_with_state l ON l.id = k.lead_id
                WHERE l.campaign_code = 'hannover-messe-2026'""", Long.class)).isPositive();
        Path register = input.resolve("campaigns.csv");
        String campaigns = Files.readString(register);
        for (String[] change : new String[][] {
                {"hannover-messe-2026,Hannover Messe 2026,2026-04-27,2026-04-30,", "2026-04-30,", "2026-05-01,"},
                {"web-summit-2026,Web Summit 2026,2026-10-26,2026-10-29,", "2026-10-29,", "2026-10-30,"}}) {
            assertThat(campaigns).contains(change[0]);
            campaigns = campaigns.replace(change[0], change[0].replace(change[1], change[2]));
        }
        Files.writeString(register, campaigns);

        List<Map<String, Object>> incremental = state("2026-11-20", input);

        assertThat(stepDetail("buildLeads")).contains("the leads of 2 of 4 campaigns rebuilt");
        assertThat(jdbc.queryForObject(ids, String.class)).as("the rebuilt leads took the same ids").isEqualTo(idsBefore);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM lead l FULL JOIN lead_state s ON s.id = l.id
                WHERE l.id IS NULL OR s.id IS NULL
                   OR (s.campaign_code, s.captured_at) IS DISTINCT FROM (l.campaign_code, l.captured_at)""", Long.class))
                .as("every lead has its lead_state row, and every lead_state row its lead").isZero();
        assertEqualsAFreshRun("2026-11-20", input, incremental);
    }

    /**
     * A campaign's custom-question columns are read once per build of its leads and kept with that build's
     * fingerprint: the next night's Leads sheets show the kept columns, a late badge file with a new question gives
     * its campaign the new column (and only its campaign a new kept row), and all equal a run from an empty database.
     */
    @Test
    void answerColumnsAreKeptWithTheLeadsTheyWereReadFrom() throws Exception {
        Path input = copySample();
        audit(input, "2026-10-30");
        String keptColumns = """
                SELECT a.campaign_code, a.leads_fingerprint, a.columns::text AS columns, a.xmin::text AS version
                FROM lead_answer_columns a ORDER BY a.campaign_code""";
        List<Map<String, Object>> first = jdbc.queryForList(keptColumns);
        assertThat(first).as("one kept row per campaign written").hasSize(4);
        assertThat(first).allSatisfy(row -> assertThat(row.get("leads_fingerprint")).isEqualTo(jdbc.queryForObject(
                "SELECT fingerprint FROM derived_state WHERE name = 'leads:' || ?", String.class,
                row.get("campaign_code"))));
        assertThat(first).as("the sample has custom questions").anyMatch(row -> !row.get("columns").equals("{}"));

        audit(input, "2026-10-31");
        // Reading the columns again would write the row again (a new row version, xmin), even with equal values.
        assertThat(jdbc.queryForList(keptColumns)).as("a night that builds no leads uses the kept rows")
                .isEqualTo(first);
        Path hannover = temp.resolve("reports/2026-10-31/hannover-messe-2026.xlsx");
        String header = com.leadaudit.AuditJobs.sheetRows(hannover, "Leads").get(0);

        Path export = input.resolve("badge-scans/dreamforce-2026/Dreamforce2026_Leads_Validar.csv");
        List<String> lines = Files.readAllLines(export);
        List<String> late = new java.util.ArrayList<>();
        late.add(lines.get(0) + ",Budget Range");
        late.add("Nadia,Okafor,VP Sales,Brightline Logistics,nadia.okafor@brightline.example,United States,"
                + "+1 415 555 0142,10/15/2026,4:40 PM,Marcus Lee,5,Met at the late session,50-100k");
        Files.write(export.resolveSibling("Dreamforce2026_Leads_Validar_device-7.csv"), late);
        audit(input, "2026-10-31");

        List<Map<String, Object>> after = jdbc.queryForList(keptColumns);
        assertThat(after.stream().filter(r -> !r.get("campaign_code").equals("dreamforce-2026")).toList())
                .as("the other campaigns' kept rows, not written again").isEqualTo(first.stream()
                        .filter(r -> !r.get("campaign_code").equals("dreamforce-2026")).toList());
        Path dreamforce = temp.resolve("reports/2026-10-31/dreamforce-2026.xlsx");
        List<String> leads = com.leadaudit.AuditJobs.sheetRows(dreamforce, "Leads");
        assertThat(leads.get(0)).as("questions come after Notes").contains("| Notes | Budget Range | Source File |");
        assertThat(leads).anyMatch(row -> row.startsWith("nadia.okafor@brightline.example")
                && row.contains("| Met at the late session | 50-100k | "));
        List<String> dreamforceBefore = leads;

        AuditDatabase.clean(jdbc);
        audit(input, "2026-10-31");
        assertThat(com.leadaudit.AuditJobs.sheetRows(dreamforce, "Leads")).as("as a run from an empty database")
                .isEqualTo(dreamforceBefore);
        assertThat(com.leadaudit.AuditJobs.sheetRows(hannover, "Leads").get(0)).isEqualTo(header);
    }

    /**
     * Long after every show (all deadlines passed, every activity before the as-of) nothing about the leads changes
     * from night to night: the next night's figures are copied and its workbooks take their lead sheets from the
     * night before's, a re-run of a night keeps its workbooks, and all of them equal what a run from an empty
     * database makes.
     */
    @Test
    void quietNightsCopyFiguresAndReRunsKeepWorkbooksThatEqualAFreshRun() throws Exception {
        Path input = copySample();
        audit(input, "2027-06-01");
        audit(input, "2027-06-02");
        int campaigns = jdbc.queryForObject("SELECT count(*)::int FROM campaign WHERE in_input", Integer.class);
        assertThat(campaigns).isGreaterThan(1);
        assertThat(stepDetail("computeFigures")).startsWith(campaigns + " campaigns, " + campaigns + " of them");
        assertThat(stepDetail("writeReports")).contains(campaigns + " with Leads and Action List copied from an earlier "
                + "night's (same leads), " + campaigns + " with Data Quality copied from an earlier night's");
        Path folder = temp.resolve("reports").resolve("2027-06-02");
        List<Path> workbooks;
        try (Stream<Path> files = Files.list(folder)) {
            workbooks = files.filter(f -> !f.getFileName().toString().equals("portfolio.xlsx")).sorted().toList();
        }
        assertThat(workbooks).hasSize(campaigns);
        Path portfolio = folder.resolve("portfolio.xlsx");
        Map<Path, Object> written = fileKeys(workbooks);
        Object portfolioBefore = fileKey(portfolio);

        audit(input, "2027-06-02");
        assertThat(stepDetail("writeReports")).startsWith((campaigns + 1) + " workbooks, " + campaigns + " of them kept");
        assertThat(fileKeys(workbooks)).as("the same files, not rewritten").isEqualTo(written);
        assertThat(fileKey(portfolio)).as("the portfolio is always written").isNotEqualTo(portfolioBefore);

        Path touched = workbooks.get(0);
        Files.setLastModifiedTime(touched, java.nio.file.attribute.FileTime.from(Instant.parse("2027-06-03T08:00:00Z")));
        audit(input, "2027-06-02");
        assertThat(stepDetail("writeReports")).contains((campaigns - 1) + " of them kept");
        assertThat(fileKey(touched)).as("a workbook changed since it was written is written again")
                .isNotEqualTo(written.get(touched));
        assertThat(fileKey(workbooks.get(1))).isEqualTo(written.get(workbooks.get(1)));

        List<Map<String, Object>> figures = figures("2027-06-02");
        Map<String, List<String>> sheets = sheets(workbooks.get(1));
        AuditDatabase.clean(jdbc);
        audit(input, "2027-06-02");
        assertThat(stepDetail("computeFigures")).contains(" 0 of them");
        assertThat(stepDetail("writeReports")).contains(" 0 with Leads and Action List copied from an earlier "
                + "night's (same leads), 0 with Data Quality copied");
        assertThat(figures("2027-06-02")).as("copied figures are the computed ones").isEqualTo(figures);
        for (String sheet : List.of("Leads", "Action List", "Owners", "Data Quality", "Run")) {
            assertThat(com.leadaudit.AuditJobs.sheetRows(workbooks.get(1), sheet))
                    .as("%s copied from the night before equals %s written in full", sheet, sheet)
                    .isEqualTo(sheets.get(sheet));
        }
        audit(input, "2027-06-01");
        audit(input, "2027-06-02");
        assertThat(stepDetail("writeReports")).as("the trend on the Summary changed").contains(" 0 of them kept");
        assertThat(sheets(workbooks.get(1))).as("a kept workbook is the one written anew").isEqualTo(sheets);
    }

    /**
     * A later night changes some leads (new touches, deadlines passed): each Leads sheet is written in part, its
     * unchanged blocks of rows (three rows each in tests) taken from the night before's workbook, and every sheet
     * equals what a run from an empty database writes — the Leads sheet byte for byte.
     */
    @Test
    void leadsSheetsOfALaterNightTakeTheirUnchangedBlocksAndEqualAFreshRun() throws Exception {
        Path input = copySample();
        audit(input, "2026-10-20");
        audit(input, "2026-10-27");
        java.util.regex.Matcher part = java.util.regex.Pattern.compile(
                "(\\d+) with Leads written in part \\((\\d+) of (\\d+) blocks of rows taken").matcher(
                stepDetail("writeReports"));
        assertThat(part.find()).as(stepDetail("writeReports")).isTrue();
        int taken = Integer.parseInt(part.group(2));
        assertThat(Integer.parseInt(part.group(1))).as("campaigns with Leads written in part").isPositive();
        assertThat(taken).isPositive().isLessThan(Integer.parseInt(part.group(3)));
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM campaign c
                WHERE EXISTS (SELECT 1 FROM lead_with_state l WHERE l.campaign_code = c.code AND l.first_touch_at > ?::timestamptz)""",
                Long.class, "2026-10-21T00:00:00Z")).as("leads were touched between the two nights").isPositive();
        List<Path> workbooks = campaignWorkbooks(temp.resolve("reports").resolve("2026-10-27"));
        Map<Path, Map<String, List<String>>> patched = new java.util.LinkedHashMap<>();
        Map<Path, byte[]> patchedLeads = new java.util.LinkedHashMap<>();
        for (Path workbook : workbooks) {
            patched.put(workbook.getFileName(), sheets(workbook));
            patchedLeads.put(workbook.getFileName(), leadsPart(workbook));
        }

        AuditDatabase.clean(jdbc);
        Path fresh = temp.resolve("fresh");
        audit(input, "2026-10-27", fresh);
        assertThat(stepDetail("writeReports")).contains(" 0 with Leads written in part");
        List<Path> freshWorkbooks = campaignWorkbooks(fresh.resolve("2026-10-27"));
        assertThat(freshWorkbooks).hasSameSizeAs(workbooks).hasSizeGreaterThan(1);
        for (Path workbook : freshWorkbooks) {
            Map<String, List<String>> sheets = sheets(workbook);
            // the Summary's trend differs: the fresh database has only this night's figures
            for (String sheet : List.of("Leads", "Action List", "Owners", "Data Quality", "Run")) {
                assertThat(sheets.get(sheet)).as("%s of %s written in part", sheet, workbook.getFileName())
                        .isEqualTo(patched.get(workbook.getFileName()).get(sheet));
            }
            assertThat(leadsPart(workbook)).as("%s's Leads sheet", workbook.getFileName())
                    .isEqualTo(patchedLeads.get(workbook.getFileName()));
        }
    }

    private static List<Path> campaignWorkbooks(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> !f.getFileName().toString().equals("portfolio.xlsx")).sorted().toList();
        }
    }

    /** The Leads sheet's XML as stored in the workbook, inflated. */
    private static byte[] leadsPart(Path workbook) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(workbook.toFile());
             java.io.InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet2.xml"))) {
            return in.readAllBytes();
        }
    }

    /**
     * The Data Quality sheet is copied from the night before only while what it lists is unchanged: a new CRM file
     * with a rejected row (every campaign lists the CRM files) makes every campaign's sheet be written again, with
     * that row, equal to what a run from an empty database writes.
     */
    @Test
    void aNewRejectedRowInACrmFileRewritesEveryDataQualitySheet() throws Exception {
        Path input = copySample();
        audit(input, "2027-06-01");
        int campaigns = jdbc.queryForObject("SELECT count(*)::int FROM campaign WHERE in_input", Integer.class);
        Files.writeString(input.resolve("crm/Task_late_extract.csv"), """
                Id,WhoId,WhatId,Subject,ActivityDate,Status,OwnerId,IsClosed,TaskSubtype
                00TWd00000Co09hMAB,00QWd00000B300oMAB,,Call: follow-up Hannover Messe,2026-04-28,Completed,005Wd0000004T05IAE,true,Call
                00TWd00000Co09iMAB,00QWd00000B300oMAB,,Call: second try,not a date,Completed,005Wd0000004T05IAE,true,Call
                """);
        audit(input, "2027-06-02");
        assertThat(stepDetail("writeReports")).contains(" 0 with Data Quality copied");
        Path workbook;
        try (Stream<Path> files = Files.list(temp.resolve("reports").resolve("2027-06-02"))) {
            workbook = files.filter(f -> !f.getFileName().toString().equals("portfolio.xlsx")).sorted().findFirst()
                    .orElseThrow();
        }
        List<String> quality = sheets(workbook).get("Data Quality");
        assertThat(quality).as("the new file's rejected row").anyMatch(row -> row.startsWith("Row rejected")
                && row.contains("crm/Task_late_extract.csv") && row.contains("not a date"));

        AuditDatabase.clean(jdbc);
        audit(input, "2027-06-02");
        assertThat(sheets(workbook).get("Data Quality")).as("as a fresh run writes it").isEqualTo(quality);
    }

    /**
     * Issue #17: the same as-of written to another reports folder copies each campaign workbook from the folder that
     * has it (same basis: nothing it shows changed) instead of writing it again; the copies are those workbooks.
     */
    @Test
    void theSameAsOfInANewReportsFolderCopiesTheWorkbooks() throws Exception {
        Path input = copySample();
        audit(input, "2027-06-01");
        int campaigns = jdbc.queryForObject("SELECT count(*)::int FROM campaign WHERE in_input", Integer.class);
        Path elsewhere = temp.resolve("reports-elsewhere");
        audit(input, "2027-06-01", elsewhere);
        assertThat(stepDetail("writeReports")).endsWith(campaigns + " copied whole from another folder's (same as-of, "
                + "same content)");
        List<Path> workbooks;
        try (Stream<Path> files = Files.list(elsewhere.resolve("2027-06-01"))) {
            workbooks = files.filter(f -> !f.getFileName().toString().equals("portfolio.xlsx")).sorted().toList();
        }
        assertThat(workbooks).hasSize(campaigns);
        for (Path copy : workbooks) {
            Path original = temp.resolve("reports").resolve("2027-06-01").resolve(copy.getFileName());
            assertThat(Files.mismatch(copy, original)).as("%s is a copy", copy.getFileName()).isEqualTo(-1L);
        }
        audit(input, "2027-06-01", elsewhere);
        assertThat(stepDetail("writeReports")).as("the copies are kept like written workbooks")
                .contains(campaigns + " of them kept");

        Files.writeString(workbooks.get(0), "saved over");
        Path third = temp.resolve("reports-third");
        audit(input, "2027-06-01", third);
        assertThat(stepDetail("writeReports")).as("copied from whichever folder still has the file as written")
                .endsWith(campaigns + " copied whole from another folder's (same as-of, same content)");
    }

    /**
     * Unchanged files are recognised by size and modification time without being read; a file with another time is
     * hashed, and imported again only when its content changed (here: one character, the size unchanged).
     */
    @Test
    void filesAreHashedOnlyWhenTheirTimeChangedAndImportedOnlyWhenTheirContentDid() throws Exception {
        Path input = copySample();
        audit(input, "2026-10-30");
        Path calls = input.resolve("crm/hubspot-crm-exports-all-calls-2026-10-30.csv");
        String path = "crm/hubspot-crm-exports-all-calls-2026-10-30.csv";
        long id = fileId(path);
        assertThat(modifiedMicros(path)).isEqualTo(micros(calls));

        java.nio.file.attribute.FileTime later = java.nio.file.attribute.FileTime.from(Instant.parse("2026-11-02T01:00:00Z"));
        Files.setLastModifiedTime(calls, later);
        audit(input, "2026-10-30");
        assertThat(fileId(path)).as("same bytes, later time: not imported again").isEqualTo(id);
        assertThat(modifiedMicros(path)).as("the new time is noted for the quick check").isEqualTo(micros(calls));
        assertThat(stepDetail("consolidatePeople")).contains("kept");
        assertThat(stepDetail("consolidateActivities")).contains("kept");

        String text = Files.readString(calls);
        assertThat(text).contains("Call with Nancy");
        Files.writeString(calls, text.replaceFirst("Call with Nancy", "Call with Nanci"));
        Files.setLastModifiedTime(calls, java.nio.file.attribute.FileTime.from(Instant.parse("2026-11-03T01:00:00Z")));
        audit(input, "2026-10-30");
        assertThat(fileId(path)).as("same size, other bytes: imported again").isNotEqualTo(id);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM activity_row r JOIN source_file f ON f.id = r.file_id "
                + "WHERE f.path = ? AND r.subject = 'Call with Nanci'", Long.class, path)).isEqualTo(1L);
    }

    private long fileId(String path) {
        return jdbc.queryForObject("SELECT id FROM source_file WHERE path = ?", Long.class, path);
    }

    private Long modifiedMicros(String path) {
        return jdbc.queryForObject("SELECT modified_micros FROM source_file WHERE path = ?", Long.class, path);
    }

    private static long micros(Path file) throws IOException {
        return Files.getLastModifiedTime(file).to(java.util.concurrent.TimeUnit.MICROSECONDS);
    }

    private List<Map<String, Object>> figures(String asOf) {
        List<Map<String, Object>> rows = new java.util.ArrayList<>(jdbc.queryForList("""
                SELECT campaign_code, as_of, as_of_instant, scans_read, rows_rejected, duplicates, leads, leads_in_crm,
                       on_time, late, overdue, open, sla_compliance, followed_up, median_hours, p90_hours
                FROM campaign_figures WHERE as_of = ? ORDER BY campaign_code""", asOf));
        rows.addAll(jdbc.queryForList("""
                SELECT campaign_code, dimension, grp, leads, on_time, late, overdue, open, compliance, median_hours,
                       p90_hours
                FROM group_figures WHERE as_of = ? ORDER BY campaign_code, dimension, grp""", asOf));
        return rows;
    }

    private static Map<String, List<String>> sheets(Path workbook) throws IOException {
        Map<String, List<String>> sheets = new java.util.LinkedHashMap<>();
        for (String sheet : List.of("Summary", "Leads", "Action List", "Owners", "Data Quality", "Run")) {
            sheets.put(sheet, com.leadaudit.AuditJobs.sheetRows(workbook, sheet));
        }
        return sheets;
    }

    private static Map<Path, Object> fileKeys(List<Path> files) throws IOException {
        Map<Path, Object> keys = new java.util.LinkedHashMap<>();
        for (Path f : files) {
            keys.put(f, fileKey(f));
        }
        return keys;
    }

    /** The file's identity (device and inode): a workbook moved into place is a new file, a kept one is not. */
    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }

    /** The state a run of the as-of from an empty database ends in equals {@code incremental} (the database is emptied). */
    private void assertEqualsAFreshRun(String asOf, Path input, List<Map<String, Object>> incremental) throws Exception {
        AuditDatabase.clean(jdbc);
        assertThat(state(asOf, input)).isEqualTo(incremental);
    }

    private List<Map<String, Object>> state(String asOf, Path input) throws Exception {
        audit(input, asOf);
        List<Map<String, Object>> rows = new java.util.ArrayList<>(jdbc.queryForList("""
                SELECT l.campaign_code, l.lead_key, l.email, l.first_name, l.company, l.rating, l.scanned_by,
                       l.captured_at, l.scans, l.notes, l.answers::text AS answers, l.source_file, l.source_row,
                       l.match_tier, l.crm_owner, l.first_touch_at, l.first_touch_date, l.first_touch_type,
                       l.first_touch_by, l.hours_to_touch, l.deadline, l.status, l.outcome_id, l.outcome_amount,
                       l.outcome_state,
                       (SELECT string_agg(lp.person_key || ':' || lp.tier, ',' ORDER BY lp.person_key)
                        FROM lead_person lp WHERE lp.lead_id = l.id) AS people,
                       (SELECT a.crm_id FROM activity a WHERE a.id = l.first_touch_id) AS touch_activity
                FROM lead_with_state l ORDER BY l.campaign_code, l.lead_key"""));
        rows.addAll(jdbc.queryForList("""
                SELECT campaign_code, as_of, as_of_instant, scans_read, rows_rejected, duplicates, leads, leads_in_crm,
                       on_time, late, overdue, open, sla_compliance, followed_up, median_hours, p90_hours
                FROM campaign_figures WHERE as_of = ? ORDER BY campaign_code""", asOf));
        // the outcome candidates kept between nights: by lead key (ids differ between a later night and a fresh
        // run), and none left of a lead that is gone
        rows.addAll(jdbc.queryForList("""
                SELECT l.campaign_code, l.lead_key, k.crm_id, k.created, k.amount, k.stage, k.closed, k.close_date
                FROM outcome_candidate k JOIN lead_with_state l ON l.id = k.lead_id
                ORDER BY l.campaign_code, l.lead_key, k.crm_id"""));
        // the consolidated activities and their people by CRM id (a delta export numbers new ones from the end),
        // the count of distinct activity ids the step reports, and no link left of a replaced activity
        rows.addAll(jdbc.queryForList("""
                SELECT a.crm_id, a.source, a.channel, a.direction, a.happened, a.occurred_at, a.occurred_date,
                       a.owner, a.subject,
                       (SELECT string_agg(ap.person_key, ',' ORDER BY ap.person_key)
                        FROM activity_person ap WHERE ap.activity_id = a.id) AS people
                FROM activity a ORDER BY a.crm_id, a.id"""));
        rows.addAll(jdbc.queryForList("""
                SELECT (SELECT counts[1] FROM derived_state WHERE name = 'crm') AS activity_ids,
                       (SELECT count(*) FROM activity_person ap
                        WHERE NOT EXISTS (SELECT 1 FROM activity a WHERE a.id = ap.activity_id)) AS links_without_activity"""));
        rows.addAll(jdbc.queryForList("""
                SELECT count(*) AS candidates_without_lead FROM outcome_candidate k
                WHERE NOT EXISTS (SELECT 1 FROM lead_with_state l WHERE l.id = k.lead_id)"""));
        assertThat(rows).hasSizeGreaterThan(100);
        return rows;
    }

    private void audit(Path input, String asOf) throws Exception {
        audit(input, asOf, temp.resolve("reports"));
    }

    private void audit(Path input, String asOf, Path reports) throws Exception {
        JobParameters params = new RunParameters(asOf, ++run, input, reports, Instant.parse("2026-11-01T02:30:00Z"))
                .toJobParameters();
        JobExecution execution = jobs.startJob(params);
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        last = execution;
    }

    private long lookedAt() {
        String detail = stepDetail("findFirstTouches");
        return Long.parseLong(detail.replaceAll(".*\\((\\d+) looked at\\).*", "$1"));
    }

    private long withOutcome() {
        return Long.parseLong(stepDetail("findOutcomes").replaceAll("^(\\d+) leads with an opportunity.*", "$1"));
    }

    private long lastRead(String step) {
        return last.getStepExecutions().stream().filter(s -> s.getStepName().equals(step)).findFirst().orElseThrow()
                .getReadCount();
    }

    /** What the step of the latest run said it did (StepResult detail), e.g. "... (CRM files unchanged: kept)". */
    private String stepDetail(String step) {
        return last.getStepExecutions().stream().filter(s -> s.getStepName().equals(step)).findFirst().orElseThrow()
                .getExecutionContext().getString("leadaudit.detail", "");
    }

    private Path copySample() throws IOException {
        Path source = Path.of("input");
        Path target = temp.resolve("input");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        return target;
    }
}
