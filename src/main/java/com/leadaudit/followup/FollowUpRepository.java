package com.leadaudit.followup;

import com.leadaudit.figures.FiguresRepository;
import com.leadaudit.rebuild.DerivedSet;
import com.leadaudit.rebuild.DerivedState;
import com.leadaudit.rebuild.SideBySideWrites;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * First touches and statuses on table lead_state (SPEC §7, §8). The first touch is found set-based: the earliest qualifying
 * activity of any CRM person matched to the lead, between capture and the campaign's as-of (date-only activities by
 * date in the campaign's zone, ordered as the end of their day). Deadlines and statuses are decided in Java by
 * {@link Deadlines} and {@link StatusRules} and written back in batches.
 */
@Repository
public class FollowUpRepository {

    /**
     * A touch (SPEC §7) of lead l, campaign c, activity a, at or before the campaign's as-of. Activity consolidation
     * already keeps only activities that can be a touch ({@link TouchSql#CAN_BE_A_TOUCH}); checked again here so the
     * rule reads whole in one place.
     */
    private static final String IS_TOUCH = TouchSql.CAN_BE_A_TOUCH + """

              AND a.channel = ANY (string_to_array(c.qualifying_types, ';'))
              AND CASE WHEN a.occurred_at IS NOT NULL
                       THEN a.occurred_at >= l.captured_at AND a.occurred_at <= c.as_of_instant
                       ELSE a.occurred_date >= (l.captured_at AT TIME ZONE c.time_zone)::date
                        AND a.occurred_date <= (c.as_of_instant AT TIME ZONE c.time_zone)::date
                  END""";

    /**
     * Which touch is the first (SPEC §7): a date-only one counts as the end of its day; ties by the activity's CRM id,
     * in the order a full consolidation numbers activities (CrmRepository) — not by that number itself, which an
     * activity consolidated from a later delta export takes from the end.
     */
    private static final String EARLIEST_FIRST = """
            ORDER BY l.id,
                     COALESCE(a.occurred_at,
                              ((a.occurred_date + 1)::timestamp AT TIME ZONE c.time_zone) - interval '1 millisecond'),
                     hashtext(a.crm_id), a.crm_id COLLATE "C\"""";

    /** The first touch of each lead (l) among its activities (a): the columns of temp table first_touch. */
    private static final String TOUCH_COLUMNS = """
            SELECT DISTINCT ON (l.id) l.id AS lead_id, a.id AS activity_id, a.occurred_at,
                   CASE WHEN a.occurred_at IS NULL THEN a.occurred_date END AS occurred_date, a.channel, a.owner""";

    /** What a lead keeps of its first touch (temp table first_touch, alias t); its status is then decided again. */
    private static final String SET_FIRST_TOUCH = """
            SET first_touch_id = t.activity_id, first_touch_at = t.occurred_at, first_touch_date = t.occurred_date,
                first_touch_type = t.channel, first_touch_by = t.owner, status = NULL""";

    /**
     * The first touch of some leads (l) among their people's links (ap), into a temp table: %1$s the table, %2$s where
     * the leads come from, %3$s the links, %4$s which leads.
     */
    private static final String FIRST_TOUCH_OF = """
            CREATE TEMP TABLE %%1$s ON COMMIT DROP AS
            %s
            FROM %%2$s
            JOIN campaign c ON c.code = l.campaign_code
            JOIN lead_person lp ON lp.lead_id = l.id
            JOIN %%3$s ap ON ap.person_key = lp.person_key
            JOIN activity a ON a.id = ap.activity_id
            WHERE %%4$s
              AND %s
            %s""".formatted(TOUCH_COLUMNS, IS_TOUCH, EARLIEST_FIRST);

    /**
     * The first touch of the leads of the campaigns in the array (the placeholder), into temp table first_touch.
     * Leads of the other campaigns are searched by {@link #NEW_TOUCHES}, into the same table.
     */
    private static final String FIRST_TOUCH = FIRST_TOUCH_OF.formatted("first_touch", "lead_state l", "activity_person",
            "l.campaign_code = ANY (%s)");

    /**
     * The memory of each hash and sort of {@link #FIRST_TOUCH} over many campaigns. With the step's 128 MB, the
     * parallel hash of the 3.6M activity links of the leads' people was one 480 MB table whose probes missed the
     * caches; the statement took 12.1-14.3 s. With 8 MB the hashes are split into batches that fit, and the same
     * statement took 7.9-10.0 s (issue #17's realistic shape, EXPLAIN ANALYZE, five runs of each alternated;
     * docs/benchmarks.md session 25). The step's other statements keep 128 MB: they were not measured with less.
     */
    private static final String FULL_SEARCH_WORK_MEM = "8MB";

    /** The memory of each hash and sort of the step's other statements. */
    private static final String STEP_WORK_MEM = "128MB";

    /**
     * {@link #FIRST_TOUCH} for the leads of temp table patched_lead, from their people's links gathered first (temp
     * table patched_link): planned as one query, the search hashed every lead's links and took 7.5 s for 13,000 leads
     * (issue #17's realistic shape, EXPLAIN ANALYZE); from the gathered links, 1.7 s.
     */
    private static final String PATCHED_TOUCH = FIRST_TOUCH_OF.formatted("patched_touch",
            "patched_lead p JOIN lead_state l ON l.id = p.id", "patched_link", "true");

    /** The links of the patched leads' people (one pass over activity_person, which has no index). */
    private static final String PATCHED_LINKS = """
            CREATE TEMP TABLE patched_link ON COMMIT DROP AS
            SELECT ap.activity_id, ap.person_key FROM activity_person ap
            WHERE ap.person_key IN (SELECT lp.person_key FROM patched_lead p JOIN lead_person lp ON lp.lead_id = p.id)""";

    /**
     * Leads of the campaigns in the array (the placeholder) matched to a person whose activities the last delta export
     * replaced or added (table activity_change, CrmRepository): in a campaign whose touches were found before that
     * export, only theirs can differ.
     */
    private static final String PATCHED_LEADS = """
            CREATE TEMP TABLE patched_lead ON COMMIT DROP AS
            SELECT DISTINCT lp.lead_id AS id
            FROM activity_change ch
            JOIN lead_person lp ON lp.person_key = ch.person_key
            JOIN lead_state l ON l.id = lp.lead_id
            WHERE l.campaign_code = ANY (%s)""";

    /** Whether a lead's stored first touch differs from the one in temp table row t. */
    private static final String TOUCH_DIFFERS = """
            (l.first_touch_id IS DISTINCT FROM t.activity_id OR l.first_touch_at IS DISTINCT FROM t.occurred_at
             OR l.first_touch_date IS DISTINCT FROM t.occurred_date OR l.first_touch_type IS DISTINCT FROM t.channel
             OR l.first_touch_by IS DISTINCT FROM t.owner)""";

    /** Writes the first touches of the patched leads where they changed; a lead that lost its touch gets NULLs. */
    private static final String APPLY_PATCHED_TOUCHES = """
            UPDATE lead_state l %s
            FROM patched_lead p LEFT JOIN patched_touch t ON t.lead_id = p.id
            WHERE l.id = p.id AND %s""".formatted(SET_FIRST_TOUCH, TOUCH_DIFFERS);

    /**
     * First touches of the leads still without one in campaigns whose touches were last computed, from the same CRM,
     * leads, matches and rules, for an earlier as-of (the temp table touch_since: code, since). Such a lead had no
     * touch up to {@code since}, so a touch now can only be an activity after it (a date-only one: on a later local
     * date). The search starts from those few activities instead of from every untouched lead's people — on a
     * nightly run over unchanged exports that is a small slice of the activity table.
     */
    private static final String NEW_TOUCHES = """
            INSERT INTO first_touch (lead_id, activity_id, occurred_at, occurred_date, channel, owner)
            SELECT DISTINCT ON (l.id) l.id, a.id, a.occurred_at,
                   CASE WHEN a.occurred_at IS NULL THEN a.occurred_date END, a.channel, a.owner
            FROM recent_activity a
            JOIN activity_person ap ON ap.activity_id = a.id
            JOIN lead_person lp ON lp.person_key = ap.person_key
            JOIN lead_state l ON l.id = lp.lead_id
            JOIN touch_since s ON s.code = l.campaign_code
            JOIN campaign c ON c.code = l.campaign_code
            WHERE l.first_touch_id IS NULL
              AND (a.occurred_at > s.since
                   OR a.occurred_at IS NULL AND a.occurred_date > (s.since AT TIME ZONE c.time_zone)::date)
              AND %s
            %s""".formatted(IS_TOUCH, EARLIEST_FIRST);

    /**
     * The activities between the earliest previous as-of and the latest as-of of those campaigns (date-only ones
     * with a day to spare either side for time zones), found through the indexes activity_occurred_at and
     * activity_occurred_date. Materialised and analysed first so the planner sees how few they are and joins
     * outwards from them to the leads, instead of from every untouched lead inwards.
     */
    private static final String RECENT_ACTIVITIES = """
            CREATE TEMP TABLE recent_activity ON COMMIT DROP AS
            SELECT * FROM activity a
            WHERE a.occurred_at > ? AND a.occurred_at <= ?
            UNION ALL
            SELECT * FROM activity a
            WHERE a.occurred_at IS NULL AND a.occurred_date > ?::date AND a.occurred_date <= ?::date""";

    /**
     * Writes first touches where they changed for every lead of the campaigns in the array (the placeholder): a lead
     * that lost its touch gets NULLs. Clears the status of those leads, so the status step decides them again.
     */
    private static final String APPLY_FIRST_TOUCH = """
            UPDATE lead_state l %s
            FROM lead_state l2 LEFT JOIN first_touch t ON t.lead_id = l2.id
            WHERE l.id = l2.id AND l2.campaign_code = ANY (%%s)
              AND %s""".formatted(SET_FIRST_TOUCH, TOUCH_DIFFERS);

    /** The new touches of {@link #NEW_TOUCHES}: those leads had none, so only found ones change. */
    private static final String APPLY_NEW_TOUCHES = """
            UPDATE lead_state l %s
            FROM first_touch t
            WHERE l.id = t.lead_id AND l.campaign_code = ANY (%%s) AND l.first_touch_id IS NULL"""
            .formatted(SET_FIRST_TOUCH);

    /**
     * What each campaign's stored first touches and deadlines were computed from. Touches: the sets they are found in
     * ({@link DerivedState#bases} of {@link DerivedSet#TOUCHES}: the activities, the campaign's leads and matches)
     * and the campaign's qualifying types and zone. Deadlines: the SLA, holidays and zone.
     */
    private static final String CAMPAIGN_STATE = """
            SELECT c.code, c.qualifying_types || '|' || c.time_zone AS touches,
                   c.sla || '|' || c.holidays || '|' || c.time_zone AS deadlines,
                   (extract(epoch FROM c.as_of_instant) * 1000000)::bigint AS as_of_micros
            FROM campaign c WHERE c.in_input""";

    /** Statuses of one chunk, written where they changed. */
    private static final String APPLY_DECISIONS = """
            UPDATE lead_state l SET deadline = d.deadline, status = d.status, hours_to_touch = d.hours
            FROM unnest(?::bigint[], ?::text[]::timestamptz[], ?::text[], ?::text[]::numeric[]) AS d(id, deadline, status, hours)
            WHERE l.id = d.id
              AND (l.deadline IS DISTINCT FROM d.deadline OR l.status IS DISTINCT FROM d.status
                   OR l.hours_to_touch IS DISTINCT FROM d.hours)""";

    /**
     * The leads whose status must be decided in Java: those without a status (new, or whose first touch or deadline
     * rules changed). A lead with an unchanged touch keeps its status, deadline and hours; a lead still without a
     * touch keeps its deadline and has its status refreshed by {@link #REFRESH_UNTOUCHED}. The set shrinks as the
     * step writes statuses, so its reader must not resume by position after a restart (it re-reads from the start).
     * Read by range of ids (the placeholders, inclusive), one range per partition of the step ({@link #leadIdRanges}).
     */
    public static final String READ_LEADS = """
            SELECT l.id, l.captured_at, l.first_touch_at, l.first_touch_date, c.time_zone, c.sla, c.holidays,
                   c.as_of_instant
            FROM lead_state l JOIN campaign c ON c.code = l.campaign_code
            WHERE l.status IS NULL AND l.id BETWEEN ? AND ?
            ORDER BY l.id""";

    /** One row of {@link #READ_LEADS}, by column name. */
    public static final RowMapper<LeadTiming> LEAD_TIMING = (rs, i) -> {
        TouchTime touch = null;
        if (rs.getTimestamp("first_touch_at") != null) {
            touch = TouchTime.exact(rs.getTimestamp("first_touch_at").toInstant());
        } else if (rs.getDate("first_touch_date") != null) {
            touch = TouchTime.dateOnly(rs.getDate("first_touch_date").toLocalDate());
        }
        return new LeadTiming(rs.getLong("id"), rs.getTimestamp("captured_at").toInstant(), touch,
                java.time.ZoneId.of(rs.getString("time_zone")), rs.getString("sla"), rs.getString("holidays"),
                rs.getTimestamp("as_of_instant").toInstant());
    };

    /**
     * A lead without a touch whose deadline is already decided: OPEN turns OVERDUE once the as-of is past the
     * deadline (and back, for an earlier as-of). That is all {@link StatusRules#decide} does for such a lead, and
     * its deadline does not depend on the as-of, so the 300,000 untouched leads of a large portfolio need not travel
     * to Java every night; only the rows whose status changes are written. IncrementalRunTest holds the two to the
     * same answer.
     */
    private static final String REFRESH_UNTOUCHED = """
            UPDATE lead_state l SET status = CASE WHEN c.as_of_instant > l.deadline THEN 'OVERDUE' ELSE 'OPEN' END
            FROM campaign c
            WHERE c.code = l.campaign_code
              AND l.first_touch_id IS NULL AND l.deadline IS NOT NULL AND l.status IN ('OPEN', 'OVERDUE')
              AND l.status <> CASE WHEN c.as_of_instant > l.deadline THEN 'OVERDUE' ELSE 'OPEN' END""";

    private final JdbcTemplate jdbc;
    private final DerivedState state;
    private final FiguresRepository figures;

    public FollowUpRepository(JdbcTemplate jdbc, DerivedState state, FiguresRepository figures) {
        this.jdbc = jdbc;
        this.state = state;
        this.figures = figures;
    }

    /**
     * Finds the first touch of every lead for its campaign's as-of; returns {leads whose first touch was found or
     * changed, leads looked at}: every lead of a campaign searched in full, and the leads the search from recent
     * activities reached. (Not the leads with a touch in all: counting them read the whole lead table every night.)
     *
     * <p>A later as-of only adds activities after the earlier one, never before an existing first touch, so when a
     * campaign's touches were computed from the same CRM, leads, matches and touch rules for an as-of at or before
     * this one, only its leads still without a touch are searched (a nightly run with unchanged exports). Otherwise
     * all its leads are, unless its touches were found from the activities as they were before the last delta export
     * consolidated on its own (CrmRepository) and from the same leads, matches and rules: then only the leads matched
     * to the people whose activities that export changed are searched in full. Deadlines depend on the SLA rules
     * only: when those changed, every status of the campaign is cleared for the status step. The state is recorded
     * with the results, in the caller's transaction.
     */
    public int[] findFirstTouches() {
        jdbc.execute("SET LOCAL work_mem = '" + STEP_WORK_MEM + "'");
        List<String> recompute = new ArrayList<>();
        List<String> patch = new ArrayList<>();
        Map<String, Instant> since = new LinkedHashMap<>();
        List<String> newRules = new ArrayList<>();
        List<Object[]> record = new ArrayList<>();
        List<String> codes = jdbc.queryForList("SELECT code FROM campaign WHERE in_input", String.class);
        Map<String, String> foundIn = state.bases(DerivedSet.TOUCHES, codes);
        Map<String, String> foundBeforeDelta = jdbc.query(
                "SELECT from_fingerprint, to_fingerprint FROM activity_append",
                (rs, i) -> state.basesBefore(DerivedSet.TOUCHES, codes, DerivedSet.CRM_ACTIVITIES, rs.getString(1),
                        rs.getString(2))).stream().findFirst().orElse(Map.of());
        jdbc.query(CAMPAIGN_STATE, rs -> {
            String code = rs.getString(1);
            String touches = foundIn.get(code) == null ? null : foundIn.get(code) + "|" + rs.getString(2);
            String deadlines = rs.getString(3);
            long asOf = rs.getLong(4);
            Long before = touches == null ? null
                    : state.kept(DerivedSet.TOUCHES, code, touches).map(kept -> kept.count(0)).orElse(null);
            // Found from the activities as they were before the last delta export, and from the same leads, matches
            // and rules: only the leads of the people whose activities it changed are searched again (then as a
            // kept campaign's, for a later as-of).
            if (before == null && touches != null && foundBeforeDelta.get(code) != null) {
                before = state.kept(DerivedSet.TOUCHES, code, foundBeforeDelta.get(code) + "|" + rs.getString(2))
                        .map(kept -> kept.count(0)).filter(micros -> micros <= asOf).orElse(null);
                if (before != null) {
                    patch.add(code);
                }
            }
            // Found for this very as-of from the same inputs (a re-run of the night): no activity can have become a
            // first touch since, so the campaign is not searched at all.
            if (before != null && before < asOf) {
                since.put(code, Instant.EPOCH.plus(before, java.time.temporal.ChronoUnit.MICROS));
            } else if (before == null || before > asOf) {
                recompute.add(code);
            }
            if (state.kept(DerivedSet.DEADLINES, code, deadlines).isEmpty()) {
                newRules.add(code);
            }
            record.add(new Object[] {code, touches, deadlines, asOf});
        });
        int searched = 0;
        int changed = 0;
        if (!recompute.isEmpty()) {
            String all = textArray(recompute);
            searched += jdbc.queryForObject("SELECT count(*) FROM lead_state WHERE campaign_code = ANY (" + all + ")",
                    Integer.class);
            jdbc.execute("SET LOCAL work_mem = '" + FULL_SEARCH_WORK_MEM + "'");
            jdbc.execute(FIRST_TOUCH.formatted(all));
            jdbc.execute("SET LOCAL work_mem = '" + STEP_WORK_MEM + "'");
            changed += updateLeads(APPLY_FIRST_TOUCH.formatted(all));
        } else {
            jdbc.execute("""
                    CREATE TEMP TABLE first_touch (lead_id BIGINT, activity_id BIGINT, occurred_at TIMESTAMPTZ,
                                                   occurred_date DATE, channel TEXT, owner TEXT) ON COMMIT DROP""");
        }
        if (!patch.isEmpty()) {
            // before the search from recent activities: a patched lead that has no touch now has none up to the as-of
            jdbc.execute(PATCHED_LEADS.formatted(textArray(patch)));
            jdbc.execute("ANALYZE patched_lead");
            searched += jdbc.queryForObject("SELECT count(*) FROM patched_lead", Integer.class);
            jdbc.execute(PATCHED_LINKS);
            jdbc.execute("ANALYZE patched_link");
            jdbc.execute(PATCHED_TOUCH);
            changed += updateLeads(APPLY_PATCHED_TOUCHES);
        }
        if (!since.isEmpty()) {
            jdbc.update("CREATE TEMP TABLE touch_since ON COMMIT DROP AS "
                    + "SELECT unnest(?::text[]) AS code, unnest(?::timestamptz[]) AS since", ps -> {
                        ps.setArray(1, ps.getConnection().createArrayOf("text", since.keySet().toArray()));
                        ps.setArray(2, ps.getConnection().createArrayOf("timestamptz",
                                since.values().stream().map(Timestamp::from).toArray()));
                    });
            Instant earliest = since.values().stream().min(Instant::compareTo).orElseThrow();
            Instant latest = jdbc.queryForObject("SELECT max(as_of_instant) FROM campaign WHERE code = ANY ("
                    + textArray(new ArrayList<>(since.keySet())) + ")", Timestamp.class).toInstant();
            jdbc.update(RECENT_ACTIVITIES, Timestamp.from(earliest), Timestamp.from(latest),
                    java.sql.Date.valueOf(utcDate(earliest).minusDays(1)),
                    java.sql.Date.valueOf(utcDate(latest).plusDays(1)));
            jdbc.execute("ANALYZE recent_activity");
            searched += jdbc.update(NEW_TOUCHES);
            changed += updateLeads(APPLY_NEW_TOUCHES.formatted(textArray(new ArrayList<>(since.keySet()))));
        }
        if (!newRules.isEmpty()) {
            updateLeads("UPDATE lead_state SET status = NULL WHERE status IS NOT NULL AND campaign_code = ANY ("
                    + textArray(newRules) + ")");
        }
        // One batch per set: a statement per campaign was 400 round trips a night at 200 campaigns.
        Map<String, DerivedState.Built> touchesFound = new LinkedHashMap<>();
        Map<String, DerivedState.Built> deadlinesFrom = new LinkedHashMap<>();
        List<String> notFound = new ArrayList<>();
        for (Object[] r : record) {
            if (r[1] != null) {
                touchesFound.put((String) r[0], new DerivedState.Built((String) r[1], (Long) r[3]));
            } else {
                notFound.add((String) r[0]);
            }
            deadlinesFrom.put((String) r[0], new DerivedState.Built((String) r[2]));
        }
        state.record(DerivedSet.TOUCHES, touchesFound);
        state.forget(DerivedSet.TOUCHES, notFound);
        state.record(DerivedSet.DEADLINES, deadlinesFrom);
        return new int[] {changed, searched};
    }

    /**
     * One of {@link #findFirstTouches}'s updates of lead_state, under {@link SideBySideWrites}' lock: the outcomes'
     * step updates lead_state beside this one. The searches before the first update run while that step works.
     */
    private int updateLeads(String sql) {
        SideBySideWrites.lockForThisTransaction(jdbc);
        return jdbc.update(sql);
    }

    /**
     * Refreshes the status of leads without a touch whose deadline is known ({@link #REFRESH_UNTOUCHED}); run before
     * the status step reads the leads it must decide in Java.
     */
    public Refreshed refreshUntouchedStatuses() {
        // Only a new as-of turns a kept status of an untouched lead stale: campaigns refreshed for their current as-of
        // are left out, so a re-run of the night does not read the whole lead table for nothing.
        Map<String, DerivedState.Built> due = new LinkedHashMap<>();
        int[] campaigns = {0};
        Map<String, Long> lastNight = figures.lastNightAsOfMicros();
        jdbc.query("SELECT code, COALESCE(((extract(epoch FROM as_of_instant) * 1000000)::bigint)::text, 'none') "
                + "FROM campaign", rs -> {
                    campaigns[0]++;
                    String asOf = rs.getString(2);
                    // kept only while the last night was this as-of's too (not one of a build that keeps no record)
                    if (state.kept(DerivedSet.STATUSES_REFRESHED, rs.getString(1), asOf).isEmpty()
                            || !asOf.equals(String.valueOf(lastNight.get(rs.getString(1))))) {
                        due.put(rs.getString(1), new DerivedState.Built(asOf));
                    }
                });
        if (due.isEmpty()) {
            return new Refreshed(0, 0, campaigns[0]);
        }
        int changed = due.size() == campaigns[0] ? jdbc.update(REFRESH_UNTOUCHED)
                : jdbc.update(REFRESH_UNTOUCHED + " AND l.campaign_code = ANY (?)", ps -> ps.setArray(1,
                        ps.getConnection().createArrayOf("text", due.keySet().toArray())));
        state.record(DerivedSet.STATUSES_REFRESHED, due);
        return new Refreshed(changed, due.size(), campaigns[0]);
    }

    /** Leads whose status changed, and the campaigns refreshed (those with a new as-of) out of all. */
    public record Refreshed(int changed, int campaignsRefreshed, int campaigns) {
    }

    /**
     * Refreshes the planner's statistics of table lead_state when the status step wrote a tenth of the leads or more (a new
     * or rebuilt portfolio). They were taken when the leads were built, every status still empty; with them the next
     * night's {@link #REFRESH_UNTOUCHED} expected one row, joined the campaigns by nested loop and took 2.8 s for
     * 335,000 untouched leads, 0.45 s once analysed (issue #7).
     */
    public void analyseAfterManyDecisions(long decided) {
        Double leads = jdbc.queryForObject("SELECT reltuples::float8 FROM pg_class WHERE oid = 'lead_state'::regclass",
                Double.class);
        if (decided > 0 && decided * 10 >= (leads == null ? 0 : leads)) {
            jdbc.execute("ANALYZE lead_state");
        }
    }

    /**
     * The leads' ids cut into {@code parts} ranges ({@link IdRanges}) for the partitions of the status step: from the
     * primary key's ends, so cutting costs nothing. The leads to decide on a first night are all of them, so equal
     * widths are equal shares; a later night has few to decide, wherever they are. No lead: the one range 0 to 0.
     */
    public List<long[]> leadIdRanges(int parts) {
        long[] ends = jdbc.queryForObject("SELECT COALESCE(min(id), 0), COALESCE(max(id), 0) FROM lead_state",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)});
        return IdRanges.split(ends[0], ends[1], parts);
    }

    private static java.time.LocalDate utcDate(Instant instant) {
        return instant.atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }

    /** An SQL array literal of campaign codes (codes are slugs, quoted anyway). */
    private static String textArray(List<String> values) {
        StringBuilder out = new StringBuilder("ARRAY[");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ",").append('\'').append(values.get(i).replace("'", "''")).append('\'');
        }
        return out.append("]::text[]").toString();
    }

    /** One statement per chunk (arrays as parameters), touching only leads whose status, deadline or hours changed. */
    public void writeDecisions(List<? extends LeadDecision> decisions) {
        Long[] ids = new Long[decisions.size()];
        // Instants and decimals travel as ISO / plain text: no session time zone or locale can bend them.
        String[] deadlines = new String[decisions.size()];
        String[] statuses = new String[decisions.size()];
        String[] hours = new String[decisions.size()];
        for (int i = 0; i < decisions.size(); i++) {
            LeadDecision d = decisions.get(i);
            ids[i] = d.leadId();
            deadlines[i] = d.deadline().toString();
            statuses[i] = d.status().name();
            hours[i] = d.hoursToFirstTouch() == null ? null : d.hoursToFirstTouch().toPlainString();
        }
        jdbc.update(con -> {
            var ps = con.prepareStatement(APPLY_DECISIONS);
            ps.setArray(1, con.createArrayOf("bigint", ids));
            ps.setArray(2, con.createArrayOf("text", deadlines));
            ps.setArray(3, con.createArrayOf("text", statuses));
            ps.setArray(4, con.createArrayOf("text", hours));
            return ps;
        });
    }
}
