package com.leadaudit.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.AuditTest;
import com.leadaudit.SeedRows;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** derived_state as the rebuilding steps use it: kept, stale, and the fingerprints a set is built from. */
@AuditTest
class DerivedStateTest {

    @Autowired
    DerivedState state;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSetIsKeptForTheSameInputsAndItsVersionIsPartOfTheFingerprint() {
        state.record(DerivedSet.CRM_ACTIVITIES, "crm-1", 0);
        state.record(DerivedSet.MATCHES, "hm", "people-1,leads-1", 3, 2, 1);

        assertThat(state.kept(DerivedSet.MATCHES, "hm", "people-1,leads-1")).map(DerivedState.Kept::counts)
                .contains(List.of(3L, 2L, 1L));
        assertThat(state.kept(DerivedSet.MATCHES, "hm", "people-2,leads-1")).isEmpty();
        assertThat(state.kept(DerivedSet.MATCHES, "ces", "people-1,leads-1")).isEmpty();
        assertThat(jdbc.queryForObject("SELECT fingerprint FROM derived_state WHERE name = 'crm'", String.class))
                .isEqualTo("v" + DerivedSet.CRM_ACTIVITIES.version() + "|crm-1");
        jdbc.update("UPDATE derived_state SET fingerprint = 'v0|crm-1' WHERE name = 'crm'");
        assertThat(state.kept(DerivedSet.CRM_ACTIVITIES, "crm-1")).as("built by an older version").isEmpty();
    }

    @Test
    void rebuildingOneCampaignsLeadsForgetsWhatWasBuiltOnThemAndNothingElse() {
        everythingBuilt();

        state.record(DerivedSet.LEADS, "hm", "scans-2", 0);

        assertThat(names()).containsExactly("crm", "crm-people", "deadlines:hm", "leads:ces", "leads:hm",
                "matches:ces", "outcome-candidates:ces", "touches:ces");
    }

    @Test
    void rebuildingTheCrmPeopleForgetsEveryCampaignsMatchesAndTouches() {
        everythingBuilt();

        state.record(DerivedSet.CRM_PEOPLE, "crm-2", 0);

        assertThat(names()).containsExactly("crm", "crm-people", "deadlines:hm", "leads:ces", "leads:hm");
    }

    @Test
    void forgettingACampaignsLeadsForgetsItsMatchesAndTouches() {
        everythingBuilt();

        state.forget(DerivedSet.LEADS, List.of("ces"));

        assertThat(names()).containsExactly("crm", "crm-people", "deadlines:hm", "leads:hm", "matches:hm",
                "outcome-candidates:hm", "touches:hm");
        assertThat(state.campaignsOf(DerivedSet.LEADS)).containsExactly("hm");
    }

    @Test
    void aSetWhoseTableWasEmptiedIsBuiltAgainUnlessItBuiltNoRows() {
        SeedRows seed = new SeedRows(jdbc);
        seed.campaign("hm", "Europe/Berlin", "2bd", "CALL", Instant.parse("2026-04-30T16:00:00Z"));
        seed.campaign("ces", "Europe/Berlin", "2bd", "CALL", Instant.parse("2026-04-30T16:00:00Z"));
        state.record(DerivedSet.LEADS, "hm", "scans-1", 2);
        state.record(DerivedSet.LEADS, "ces", "scans-1", 0);
        assertThat(state.kept(DerivedSet.LEADS, "hm", "scans-1")).as("no lead of hm, 2 recorded").isEmpty();
        assertThat(state.kept(DerivedSet.LEADS, "ces", "scans-1")).as("none built, none there").isPresent();

        seed.lead("ces", "anna@elbe.example", Instant.parse("2026-04-28T09:00:00Z"), Map.of());
        assertThat(state.kept(DerivedSet.LEADS, "hm", "scans-1")).as("a lead of another campaign").isEmpty();
        seed.lead("hm", "anna@elbe.example", Instant.parse("2026-04-28T09:00:00Z"), Map.of());
        assertThat(state.kept(DerivedSet.LEADS, "hm", "scans-1")).map(kept -> kept.count(0)).contains(2L);
    }

    @Test
    void theBasisOfASetIsTheFingerprintsOfWhatItIsBuiltFromOnceAllAreThere() {
        state.record(DerivedSet.LEADS, "hm", "scans-1", 0);
        assertThat(state.bases(DerivedSet.MATCHES, List.of("hm"))).as("people not built yet")
                .containsEntry("hm", null);

        state.record(DerivedSet.CRM_PEOPLE, "crm-1", 0);
        assertThat(state.bases(DerivedSet.MATCHES, List.of("hm", "ces"))).containsEntry("hm",
                "crm-people=v" + DerivedSet.CRM_PEOPLE.version() + "|crm-1,leads=v" + DerivedSet.LEADS.version()
                        + "|scans-1").containsEntry("ces", null);
        assertThat(state.bases(DerivedSet.OUTCOME_CANDIDATES, List.of("hm"))).as("hm not matched yet")
                .containsEntry("hm", null);

        state.record(DerivedSet.MATCHES, "hm", "m-1", 0, 0, 0);
        assertThat(state.bases(DerivedSet.OUTCOME_CANDIDATES, List.of("hm")))
                .containsEntry("hm", "matches=v" + DerivedSet.MATCHES.version() + "|m-1");
    }

    @Test
    void onePartOfAPerCampaignSetIsKeptOrForgottenAlone() {
        state.record(DerivedSet.TOUCHES, "hm", "t-1", 42);
        state.record(DerivedSet.TOUCHES, "ces", "t-1", 43);
        state.forget(DerivedSet.TOUCHES, "ces");

        assertThat(state.kept(DerivedSet.TOUCHES, "hm", "t-1")).map(kept -> kept.count(0)).contains(42L);
        assertThat(state.kept(DerivedSet.TOUCHES, "ces", "t-1")).isEmpty();
    }

    private void everythingBuilt() {
        state.record(DerivedSet.CRM_PEOPLE, "crm-1", 0);
        state.record(DerivedSet.CRM_ACTIVITIES, "crm-1", 0);
        for (String code : List.of("hm", "ces")) {
            state.record(DerivedSet.LEADS, code, "scans-1", 0);
            state.record(DerivedSet.MATCHES, code, "m-1", 0, 0, 0);
            state.record(DerivedSet.TOUCHES, code, "t-1", 5);
        }
        for (String code : List.of("hm", "ces")) {
            state.record(DerivedSet.OUTCOME_CANDIDATES, code, "o-1", 0);
        }
        state.record(DerivedSet.DEADLINES, "hm", "d-1");
    }

    private List<String> names() {
        return jdbc.queryForList("SELECT name FROM derived_state ORDER BY name", String.class);
    }
}
