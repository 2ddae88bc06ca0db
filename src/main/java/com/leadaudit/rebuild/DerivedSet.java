package com.leadaudit.rebuild;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Every set of rows the job derives from imported rows and keeps from one night to the next when what it was built
 * from is unchanged: the one declaration of what each set is built from, which version of its SQL built it, and which
 * table shows whether it is still there. {@link DerivedState} computes from it what a rebuild makes stale (every set
 * built from the rebuilt one, directly or not) and the combined fingerprint a set is built from.
 *
 * <p><b>Change the SQL that builds a set, or what it reads, and bump its version here</b>: the set is then rebuilt on
 * the next night, and so is everything built from it.
 */
public enum DerivedSet {

    /**
     * person, person_phone, crm_owner: the consolidated CRM people leads are matched to ({@code crm.CrmRepository}),
     * from the CRM files holding people, accounts or users and the owner forms of every CRM file (not from activity
     * or opportunity exports).
     */
    CRM_PEOPLE("crm-people", "8", "person", false),

    /**
     * activity, activity_person: the consolidated activities first touches are found in ({@code crm.CrmRepository}).
     * Recorded with the newest CRM file it was built from, so that files imported after it alone can be consolidated
     * into it ({@link DerivedState#appendedSince}); the touches found before are then patched, not forgotten.
     */
    CRM_ACTIVITIES("crm", "7", "activity", false),

    /**
     * Per campaign, its leads (person and capture columns) and lead_scan rows, built from its scans
     * ({@code scan.LeadRepository}): a new badge file rebuilds its campaign's leads, not every campaign's.
     */
    LEADS("leads", "5", "lead", true),

    /** Per campaign, its leads' lead_person rows, match_tier and crm_owner ({@code matching.MatchService}). */
    MATCHES("matches", "5", null, true, LEADS, CRM_PEOPLE),

    /**
     * Per campaign, outcome_candidate rows: each matched lead's opportunities within the window
     * ({@code outcome.OutcomeRepository}, which adds the opportunity exports to the fingerprint).
     */
    OUTCOME_CANDIDATES("outcome-candidates", "4", null, true, MATCHES),

    /**
     * Per campaign, its leads' first touches and the as-of they were found for ({@code followup.FollowUpRepository});
     * a later as-of then only searches the leads still without one.
     */
    TOUCHES("touches", "1", null, true, CRM_ACTIVITIES, LEADS, MATCHES),

    /** Per campaign, the SLA rules its leads' deadlines were decided with ({@code followup.FollowUpRepository}). */
    DEADLINES("deadlines", "1", null, true),

    /**
     * Per campaign, the as-of its untouched leads' statuses were last refreshed for ({@code followup.FollowUpRepository}).
     * Built from no other set: a lead whose touch, deadline or row is new has no status until the status step decides
     * it for the current as-of, so only the as-of can make a kept status stale.
     */
    STATUSES_REFRESHED("statuses-refreshed", "1", null, true),

    /**
     * Per campaign, the as-of its leads' outcomes were last chosen for from its outcome candidates
     * ({@code outcome.OutcomeRepository}): a re-run of the same as-of over the same candidates has none to choose again.
     */
    OUTCOMES("outcomes", "1", null, true, OUTCOME_CANDIDATES);

    private final String key;
    private final String version;
    private final String table;
    private final boolean perCampaign;
    private final List<DerivedSet> builtFrom;

    DerivedSet(String key, String version, String table, boolean perCampaign, DerivedSet... builtFrom) {
        this.key = key;
        this.version = version;
        this.table = table;
        this.perCampaign = perCampaign;
        this.builtFrom = List.of(builtFrom);
    }

    /** The name of its row in derived_state (per campaign: {@code key:campaign}). */
    String key() {
        return key;
    }

    String version() {
        return version;
    }

    /**
     * A table that holds rows whenever the set does (per campaign: rows with its {@code campaign_code}); a kept set
     * whose table was emptied is built again.
     */
    String table() {
        return table;
    }

    public boolean perCampaign() {
        return perCampaign;
    }

    /** The sets this one is built from. */
    public List<DerivedSet> builtFrom() {
        return builtFrom;
    }

    /** Every set built from this one, directly or through another: a rebuild of this one makes them stale. */
    public Set<DerivedSet> builtOnThis() {
        Set<DerivedSet> out = EnumSet.noneOf(DerivedSet.class);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (DerivedSet set : values()) {
                if (!out.contains(set) && (set.builtFrom.contains(this)
                        || set.builtFrom.stream().anyMatch(out::contains))) {
                    out.add(set);
                    grew = true;
                }
            }
        }
        return out;
    }
}
